package com.headpin.accountplans.ui;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;

import com.headpin.accountplans.ActionRow;
import com.headpin.planning.CalendarOccurrence;
import com.headpin.planning.CompanyCalendarService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The plan's year month by month: the customer's seasons (planning, Spring Festival, selection, tenders) as bands,
 * from the company calendar with that year's dates, and the plan's action items on the month they are due, so that
 * timing mistakes show at a glance.
 */
class CustomerYearStrip extends Composite<Div> {

    CustomerYearStrip(CompanyCalendarService calendarPeriods, int year, List<ActionRow> actions) {
        Div strip = getContent();
        strip.addClassName("customer-year");
        strip.setId("customer-year");
        List<CalendarOccurrence> periods = calendarPeriods.occurrences(LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
        for (Month month : Month.values()) {
            Div column = new Div();
            column.addClassName("customer-year-month");
            column.add(new Span(month.getDisplayName(TextStyle.SHORT, getLocale())));
            YearMonth shown = YearMonth.of(year, month);
            periods.stream().filter(o -> o.dates().overlaps(shown.atDay(1), shown.atEndOfMonth()))
                    .map(o -> o.period()).distinct().forEach(period -> {
                        String label = period.label() != null ? period.label()
                                : getTranslation(period.kind().labelKey());
                        Span band = new Span(label);
                        band.addClassNames("customer-year-band", "band-" + period.kind().key());
                        if (period.blackout()) {
                            band.addClassName("blackout");
                        }
                        column.add(band);
                    });
            actions.stream().filter(a -> a.dueDate() != null && a.dueDate().getYear() == year
                    && a.dueDate().getMonth() == month).forEach(action -> {
                        Span marker = new Span("● " + action.title());
                        marker.addClassName("customer-year-action");
                        if (action.overdue()) {
                            marker.addClassName("overdue");
                        }
                        column.add(marker);
                    });
            strip.add(column);
        }
    }
}
