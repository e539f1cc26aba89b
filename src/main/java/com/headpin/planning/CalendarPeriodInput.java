package com.headpin.planning;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A new period ({@code id} null) or changes to one, made on the version the editor loaded. */
public record CalendarPeriodInput(@Nullable Long id, long version, @Nullable PeriodKind kind, @Nullable String label,
                                  @Nullable LocalDate from, @Nullable LocalDate to, boolean everyYear,
                                  boolean blackout) {
}
