package com.headpin.resources;

import java.time.YearMonth;
import java.util.List;

/** The reports page: utilisation per person and per type over {@code months}, demand not met and time to assign. */
public record UtilisationReport(List<YearMonth> months, List<UtilisationRow> people, List<UtilisationRow> types,
                                List<UnmetRow> unmet) {

    public UtilisationReport {
        months = List.copyOf(months);
        people = List.copyOf(people);
        types = List.copyOf(types);
        unmet = List.copyOf(unmet);
    }
}
