package com.headpin.accountplans.ui;

import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.List;

import com.headpin.accountplans.ActionRow;
import com.headpin.accountplans.CustomerYear;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * The plan's year month by month: the customer's seasons (planning, Spring Festival, selection, tenders) as bands,
 * and the plan's action items on the month they are due, so that timing mistakes show at a glance.
 */
class CustomerYearStrip extends Composite<Div> {

    CustomerYearStrip(CustomerYear customerYear, int year, List<ActionRow> actions) {
        Div strip = getContent();
        strip.addClassName("customer-year");
        strip.setId("customer-year");
        for (Month month : Month.values()) {
            Div column = new Div();
            column.addClassName("customer-year-month");
            column.add(new Span(month.getDisplayName(TextStyle.SHORT, getLocale())));
            MonthDay middle = MonthDay.of(month, 15);
            for (CustomerYear.Period period : customerYear.periods()) {
                if (period.contains(middle) || period.contains(MonthDay.of(month, 1))
                        || period.contains(MonthDay.of(month, month.minLength()))) {
                    Span band = new Span(getTranslation("customer-year." + period.key()));
                    band.addClassNames("customer-year-band", "band-" + period.key());
                    column.add(band);
                }
            }
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
