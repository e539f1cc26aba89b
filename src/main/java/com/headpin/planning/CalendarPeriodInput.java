package com.headpin.planning;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A new period ({@code id} null) or changes to one, made on the version the editor loaded. Without
 * {@code reminder} a new period reminds as its kind does by default ({@link ReminderRule#defaultFor}) and a stored
 * one keeps its reminder.
 */
public record CalendarPeriodInput(@Nullable Long id, long version, @Nullable PeriodKind kind, @Nullable String label,
                                  @Nullable LocalDate from, @Nullable LocalDate to, boolean everyYear,
                                  boolean blackout, @Nullable ReminderInput reminder) {

    public CalendarPeriodInput(@Nullable Long id, long version, @Nullable PeriodKind kind, @Nullable String label,
                               @Nullable LocalDate from, @Nullable LocalDate to, boolean everyYear,
                               boolean blackout) {
        this(id, version, kind, label, from, to, everyYear, blackout, null);
    }

    /** The reminder as typed: the days ahead may be missing or out of range, and are checked by the service. */
    public record ReminderInput(boolean reminds, @Nullable Integer daysAhead, @Nullable ReminderAction action,
                                boolean keyAccountsOnly) {
    }
}
