package com.headpin.targeting;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Showcase evidence as views list it. */
public record Showcase(long id, long version, long accountId, ShowcaseKind kind, @Nullable LocalDate achievedOn,
                       @Nullable String evidenceUrl, @Nullable String note) {
}
