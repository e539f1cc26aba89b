package com.headpin.resources;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A request as lists show it, loaded at {@code version}; the assigned person once assigned. */
public record RequestRow(long id, long version, long dealId, String dealName, long requestedBy, String requesterName,
                         ResourceType type, @Nullable Long wantedResourceId, @Nullable String wantedName,
                         StageActivity activity, LocalDate startsOn, LocalDate endsOn, BigDecimal effortDays,
                         @Nullable String justification, RequestStatus status, @Nullable Long resourceId,
                         @Nullable String resourceName, @Nullable String overrideReason,
                         @Nullable String declineReason, Instant requestedAt, @Nullable Instant assignedAt) {
}
