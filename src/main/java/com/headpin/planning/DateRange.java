package com.headpin.planning;

import java.time.LocalDate;

/** Days from {@code from} to {@code to}, both included. */
public record DateRange(LocalDate from, LocalDate to) {

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public boolean overlaps(LocalDate start, LocalDate end) {
        return !start.isAfter(to) && !end.isBefore(from);
    }
}
