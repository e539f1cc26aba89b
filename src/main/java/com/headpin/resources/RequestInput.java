package com.headpin.resources;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A request from a deal: a type, or a named person of the pool ({@code wantedResourceId}, whose type it then is), the
 * stage activity, the days it spans, the effort in days and why.
 */
public record RequestInput(long dealId, @Nullable ResourceType type, @Nullable Long wantedResourceId,
                           @Nullable StageActivity activity, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                           @Nullable BigDecimal effortDays, @Nullable String justification) {
}
