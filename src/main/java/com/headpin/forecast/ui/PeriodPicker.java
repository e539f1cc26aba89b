package com.headpin.forecast.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import com.headpin.forecast.Period;
import com.headpin.forecast.PeriodKind;
import com.headpin.forecast.Periods;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

/**
 * Chooses a fiscal period: its length (year, quarter, month, week) and which one, from last fiscal year to next
 * (weeks: the current quarter's and its neighbours'). Starts on the current period of the first kind offered.
 */
class PeriodPicker extends Composite<HorizontalLayout> {

    private final Periods periods;
    private final Select<PeriodKind> kind = new Select<>();
    private final Select<Period> period = new Select<>();
    private final List<Consumer<Period>> listeners = new ArrayList<>();

    PeriodPicker(Periods periods, Set<PeriodKind> kinds, PeriodKind initial) {
        this.periods = periods;
        EnumSet<PeriodKind> offered = EnumSet.copyOf(kinds);
        kind.setItems(offered);
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setAriaLabel(getTranslation("forecast.period.kind"));
        kind.setVisible(offered.size() > 1);
        kind.setWidth("8em");
        period.setItemLabelGenerator(p -> periods.label(p, getLocale()));
        period.setAriaLabel(getTranslation("forecast.period"));
        period.setMinWidth("12em");
        kind.setValue(initial);
        fill(initial);
        kind.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                fill(e.getValue());
            }
        });
        period.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                listeners.forEach(listener -> listener.accept(e.getValue()));
            }
        });
        getContent().setPadding(false);
        getContent().setAlignItems(FlexComponent.Alignment.BASELINE);
        getContent().add(kind, period);
    }

    Period value() {
        Period value = period.getValue();
        return value != null ? value : periods.current(kind.getValue());
    }

    /** Shows this period (its kind is switched to, when offered). */
    void setValue(Period value) {
        if (kind.getValue() != value.kind()) {
            kind.setValue(value.kind());
        }
        if (!period.getListDataView().getItems().toList().contains(value)) {
            fill(value.kind(), value);
        }
        period.setValue(value);
    }

    void addPeriodListener(Consumer<Period> listener) {
        listeners.add(listener);
    }

    private void fill(PeriodKind selected) {
        fill(selected, periods.current(selected));
    }

    private void fill(PeriodKind selected, Period around) {
        List<Period> choices = new ArrayList<>();
        int year = around.fiscalYear();
        switch (selected) {
            case YEAR -> {
                for (int y = year - 2; y <= year + 1; y++) {
                    choices.add(periods.year(y));
                }
            }
            case QUARTER -> {
                for (int y = year - 1; y <= year + 1; y++) {
                    choices.addAll(periods.quarters(y));
                }
            }
            case MONTH -> {
                for (int y = year - 1; y <= year + 1; y++) {
                    choices.addAll(periods.months(y));
                }
            }
            case WEEK -> {
                Period quarter = periods.containing(PeriodKind.QUARTER, around.start());
                choices.addAll(periods.weeksStartingIn(periods.previous(quarter)));
                choices.addAll(periods.weeksStartingIn(quarter));
                choices.addAll(periods.weeksStartingIn(periods.next(quarter)));
            }
        }
        period.setItems(choices);
        period.setValue(choices.contains(around) ? around : choices.getFirst());
    }
}
