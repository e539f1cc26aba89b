package com.headpin.planning;

/** A company-calendar period on its dates in a given stretch of time (a repeating one once per year it falls in). */
public record CalendarOccurrence(CalendarPeriod period, DateRange dates) {

    public boolean blackout() {
        return period.blackout();
    }
}
