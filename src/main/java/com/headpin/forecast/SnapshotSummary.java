package com.headpin.forecast;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A weekly snapshot in a list: its week (from Monday), the day it was taken as of, the quarter its commitment is
 * for, and who took it (null: the scheduled job or the demo data).
 */
public record SnapshotSummary(long id, LocalDate weekStart, LocalDate takenOn, Period quarter, Instant takenAt,
                              @Nullable String takenBy) {
}
