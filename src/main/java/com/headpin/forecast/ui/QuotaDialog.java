package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.forecast.ForecastTopics;
import com.headpin.forecast.Periods;
import com.headpin.forecast.QuotaFigures;
import com.headpin.forecast.QuotaInput;
import com.headpin.forecast.QuotaService;
import com.headpin.forecast.QuotaSplit;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.Money;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.AmountField;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.headpin.shared.ui.UnreadableInput;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.jspecify.annotations.Nullable;

/**
 * Sets a rep's quota, or a unit's top-down quota, for one fiscal year: the year spread evenly, or typed month by
 * month with the quarters added up as one types. Saved on the version shown: when someone else saved meanwhile the
 * save is refused and says so (nothing is overwritten unseen). Below, who changed what on this quota.
 */
class QuotaDialog extends Dialog {

    private final RadioButtonGroup<QuotaSplit> split = new RadioButtonGroup<>();
    private final AmountField yearly = new AmountField();
    private final List<AmountField> months = new ArrayList<>();
    private final List<Span> quarters = new ArrayList<>();

    QuotaDialog(QuotaService quotas, Periods periods, LiveUpdates liveUpdates, Timeline timeline, int fiscalYear,
                String name, @Nullable Long repId, @Nullable Long unitId, @Nullable QuotaFigures current,
                Runnable onSaved) {
        setHeaderTitle(getTranslation(repId != null ? "forecast.quota.edit.title" : "forecast.quota.top-down.title",
                name, periods.label(periods.year(fiscalYear), getLocale())));
        setWidth("min(46rem, 95vw)");
        setId("quota-dialog");
        split.setId("quota-split");
        split.setLabel(getTranslation("forecast.quota.split"));
        split.setItems(QuotaSplit.values());
        split.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        yearly.setId("quota-yearly");
        yearly.setLabel(getTranslation("forecast.quota.yearly"));
        FormLayout monthForm = new FormLayout();
        monthForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("30rem", 3));
        for (int m = 1; m <= 12; m++) {
            AmountField month = new AmountField(periods.label(periods.month(fiscalYear, m), getLocale()));
            month.setId("quota-month-" + m);
            month.addValueChangeListener(e -> sums());
            months.add(month);
            monthForm.add(month);
            if (m % 3 == 0) {
                Span quarter = new Span();
                quarter.setId("quota-quarter-" + (m / 3));
                quarter.addClassName("quota-quarter-sum");
                quarters.add(quarter);
            }
        }
        split.addValueChangeListener(e -> modes());
        yearly.addValueChangeListener(e -> {
            if (split.getValue() == QuotaSplit.EVEN) {
                spreadEvenly();
            }
        });
        if (current != null) {
            for (int m = 0; m < 12; m++) {
                months.get(m).setValue(current.months().get(m));
            }
            yearly.setValue(current.yearly());
        }
        split.setValue(current == null ? QuotaSplit.EVEN : current.split());
        FormLayout quarterSums = new FormLayout();
        quarterSums.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 4));
        quarters.forEach(quarterSums::add);
        add(new FormLayout(split, yearly), monthForm, quarterSums);
        sums();
        if (current != null) {
            ActivityTimeline activity = new ActivityTimeline(timeline, liveUpdates, ForecastTopics.QUOTA,
                    current.quotaId());
            activity.setId("quota-timeline");
            Details history = new Details(getTranslation("timeline.title"), activity);
            history.setId("quota-activity");
            history.setWidthFull();
            add(history);
        }
        Button save = new Button(getTranslation("action.save"), e -> save(quotas, fiscalYear, repId, unitId,
                current == null ? null : current.version(), onSaved));
        save.setId("save-quota");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void save(QuotaService quotas, int fiscalYear, @Nullable Long repId, @Nullable Long unitId,
                      @Nullable Long version, Runnable onSaved) {
        if (UnreadableInput.anyIn(errorFields().values())) {
            return;
        }
        QuotaInput input = split.getValue() == QuotaSplit.CUSTOM
                ? QuotaInput.custom(fiscalYear, version, months.stream().map(AmountField::getValue).toList())
                : QuotaInput.even(fiscalYear, version, yearly.getValue());
        try {
            if (repId != null) {
                quotas.setRepQuota(repId, input);
            } else if (unitId != null) {
                quotas.setUnitQuota(unitId, input);
            }
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, errorFields());
            return;
        } catch (StaleDataException stale) {
            // Someone else saved this quota since it was opened: say so, and show theirs instead of overwriting it.
            Notifications.error("forecast.quota.stale");
            close();
            onSaved.run();
            return;
        }
        Notifications.success("forecast.quota.saved");
        close();
        onSaved.run();
    }

    private Map<String, HasValidation> errorFields() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("yearly", yearly);
        for (int m = 1; m <= 12; m++) {
            fields.put("month-" + m, months.get(m - 1));
        }
        return fields;
    }

    /** Even: the year is typed and the months follow; custom: the months are typed and the year is their sum. */
    private void modes() {
        boolean custom = split.getValue() == QuotaSplit.CUSTOM;
        yearly.setReadOnly(custom);
        months.forEach(month -> month.setReadOnly(!custom));
        if (!custom) {
            spreadEvenly();
        }
    }

    /** Shows the even split as the service will store it: equal months, the fen left over in the last. */
    private void spreadEvenly() {
        BigDecimal year = yearly.getValue();
        if (year == null || year.scale() > 2) {
            return;
        }
        BigDecimal share = year.divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.DOWN);
        for (int m = 0; m < 11; m++) {
            months.get(m).setValue(share);
        }
        months.get(11).setValue(year.subtract(share.multiply(BigDecimal.valueOf(11))));
    }

    private void sums() {
        BigDecimal total = BigDecimal.ZERO;
        for (int q = 0; q < 4; q++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int m = q * 3; m < q * 3 + 3; m++) {
                BigDecimal value = months.get(m).getValue();
                sum = value == null || value.scale() > 2 ? sum : sum.add(value);
            }
            total = total.add(sum);
            quarters.get(q).setText(getTranslation("forecast.quota.quarter." + (q + 1)) + ": "
                    + Money.format(sum, getLocale()));
        }
        if (split.getValue() == QuotaSplit.CUSTOM) {
            yearly.setValue(total);
        }
    }
}
