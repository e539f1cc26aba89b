package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.forecast.ForecastTopics;
import com.headpin.forecast.Periods;
import com.headpin.forecast.QuotaFigures;
import com.headpin.forecast.QuotaInput;
import com.headpin.forecast.QuotaService;
import com.headpin.forecast.QuotaSplit;
import com.headpin.shared.InputRules;
import com.headpin.shared.Money;
import com.headpin.shared.ui.AmountField;
import com.headpin.shared.ui.Notifications;
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
 * month with the quarters added up as one types. A shared form on the quota's topic (rep or unit and year, so also
 * before the first save): who else has it open, their saves arriving live, and a save on a stale version resolved in
 * the conflict dialog and saved again on the newer one with the typed input kept. Below, who changed what.
 */
class QuotaDialog extends Dialog {

    /** The form's record: the quota as stored, or none yet ({@link #NONE}: no year, no months). */
    record State(long version, QuotaSplit split, @Nullable BigDecimal yearly, List<@Nullable BigDecimal> months) {

        static final long NONE = -1;

        static State of(Optional<QuotaFigures> stored) {
            return stored.map(q -> new State(q.version(), q.split(), q.yearly(), q.months()))
                    .orElseGet(() -> new State(NONE, QuotaSplit.EVEN, null, java.util.Collections.nCopies(12, null)));
        }
    }

    private final RadioButtonGroup<QuotaSplit> split = new RadioButtonGroup<>();
    private final AmountField yearly = new AmountField();
    private final QuotaMonths months;
    private final List<Span> quarters = new ArrayList<>();

    QuotaDialog(QuotaService quotas, LiveForms liveForms, Periods periods, LiveUpdates liveUpdates, Timeline timeline,
                int fiscalYear, String name, @Nullable Long repId, @Nullable Long unitId,
                @Nullable QuotaFigures current, Runnable onSaved) {
        setHeaderTitle(getTranslation(repId != null ? "forecast.quota.edit.title" : "forecast.quota.top-down.title",
                name, periods.label(periods.year(fiscalYear), getLocale())));
        setWidth("min(46rem, 95vw)");
        setId("quota-dialog");
        months = new QuotaMonths(periods, fiscalYear, getLocale());
        split.setItems(QuotaSplit.values());
        split.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        for (int q = 1; q <= 4; q++) {
            Span quarter = new Span();
            quarter.setId("quota-quarter-" + q);
            quarter.addClassName("quota-quarter-sum");
            quarters.add(quarter);
        }
        split.addValueChangeListener(e -> modes());
        yearly.addValueChangeListener(e -> {
            if (split.getValue() == QuotaSplit.EVEN) {
                spreadEvenly();
            }
        });
        months.addValueChangeListener(e -> sums());
        List<String> quarterLabels = List.of(1, 2, 3, 4).stream()
                .map(q -> getTranslation("forecast.quota.quarter." + q)).toList();
        FormFields<State> fields = new FormFields<State>("quota")
                .field("split", split, "forecast.quota.split", State::split, s -> getTranslation(s.labelKey()))
                .field("yearly", yearly, "forecast.quota.yearly", State::yearly,
                        amount -> Money.format(amount, getLocale()))
                .field("months", months, "forecast.quota.monthly", State::months,
                        value -> QuotaMonths.text(value, getLocale(), quarterLabels));
        for (int m = 1; m <= 12; m++) {
            AmountField month = months.fields().get(m - 1);
            String label = month.getLabel();
            // Only where refused input is shown: the months are kept together as one value above.
            fields.input("month-" + m, month, "forecast.quota.month." + m);
            month.setLabel(label);
        }
        State loaded = State.of(Optional.ofNullable(current));
        LiveForm<State> shared = liveForms.open(this, repId != null ? ForecastTopics.repQuota(repId, fiscalYear)
                        : ForecastTopics.unitQuota(requireUnit(unitId), fiscalYear), fields, loaded, State::version,
                () -> Optional.of(State.of(repId != null ? quotas.repQuota(repId, fiscalYear)
                        : quotas.unitQuota(requireUnit(unitId), fiscalYear))));
        getHeader().add(shared.avatars());
        FormLayout quarterSums = new FormLayout();
        quarterSums.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 4));
        quarters.forEach(quarterSums::add);
        add(new FormLayout(split, yearly), months, quarterSums);
        modes();
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
        Button save = new Button(getTranslation("action.save"), e -> shared.save(version -> {
            Long stored = version == State.NONE ? null : version;
            QuotaInput input = split.getValue() == QuotaSplit.CUSTOM
                    ? QuotaInput.custom(fiscalYear, stored, months.getValue())
                    : QuotaInput.even(fiscalYear, stored, yearly.getValue());
            return State.of(Optional.of(repId != null ? quotas.setRepQuota(repId, input)
                    : quotas.setUnitQuota(requireUnit(unitId), input)));
        }, saved -> {
            Notifications.success("forecast.quota.saved");
            close();
            onSaved.run();
        }));
        save.setId("save-quota");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static long requireUnit(@Nullable Long unitId) {
        if (unitId == null) {
            throw new IllegalArgumentException("A quota dialog is for a rep or a unit");
        }
        return unitId;
    }

    /** Even: the year is typed and the months follow; custom: the months are typed and the year is their sum. */
    private void modes() {
        boolean custom = split.getValue() == QuotaSplit.CUSTOM;
        yearly.setReadOnly(custom);
        months.setReadOnly(!custom);
        if (!custom) {
            spreadEvenly();
        }
    }

    /** Shows the even split as the service will store it: equal months, the fen left over in the last. */
    private void spreadEvenly() {
        BigDecimal year = yearly.getValue();
        if (year == null || !InputRules.isAmount(year)) {
            return;
        }
        BigDecimal share = year.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
        List<@Nullable BigDecimal> spread = new ArrayList<>(java.util.Collections.nCopies(11, share));
        spread.add(year.subtract(share.multiply(BigDecimal.valueOf(11))));
        months.setValue(spread);
    }

    private void sums() {
        BigDecimal total = BigDecimal.ZERO;
        List<@Nullable BigDecimal> values = months.getValue() == null ? List.of() : months.getValue();
        for (int q = 0; q < 4; q++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int m = q * 3; m < q * 3 + 3 && m < values.size(); m++) {
                BigDecimal value = values.get(m);
                sum = value == null || !InputRules.isAmount(value) ? sum : sum.add(value);
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
