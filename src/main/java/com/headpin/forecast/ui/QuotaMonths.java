package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.headpin.forecast.Periods;
import com.headpin.shared.InputRules;
import com.headpin.shared.Money;
import com.headpin.shared.ui.AmountField;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.jspecify.annotations.Nullable;

/**
 * The twelve fiscal months of a quota as one value, so that a shared form keeps, shows and asks about them together
 * (another user's months beside them, one line in the conflict dialog); each month is still its own field, where
 * refused input ({@code month-1} … {@code month-12}) is shown.
 */
class QuotaMonths extends CustomField<List<@Nullable BigDecimal>> {

    private final List<AmountField> months = new ArrayList<>();
    /** Set while the months show a value given from outside: their changes are not the user's. */
    private boolean showing;

    QuotaMonths(Periods periods, int fiscalYear, Locale locale) {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("30rem", 3));
        for (int m = 1; m <= 12; m++) {
            AmountField month = new AmountField(periods.label(periods.month(fiscalYear, m), locale));
            month.setId("quota-month-" + m);
            month.setValueChangeMode(ValueChangeMode.LAZY);
            month.addValueChangeListener(e -> {
                if (!showing) {
                    updateValue();
                }
            });
            months.add(month);
            form.add(month);
        }
        add(form);
    }

    /** The month fields, fiscal month 1 first. */
    List<AmountField> fields() {
        return Collections.unmodifiableList(months);
    }

    /** The months as the conflict dialog and "just saved" show them: the four quarters' sums. */
    static String text(List<@Nullable BigDecimal> value, Locale locale, List<String> quarterLabels) {
        List<String> parts = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int m = q * 3; m < q * 3 + 3 && m < value.size(); m++) {
                BigDecimal month = value.get(m);
                sum = month == null || !InputRules.isAmount(month) ? sum : sum.add(month);
            }
            parts.add(quarterLabels.get(q) + " " + Money.format(sum, locale));
        }
        return String.join(" · ", parts);
    }

    @Override
    protected List<@Nullable BigDecimal> generateModelValue() {
        return months.stream().map(AmountField::getValue).toList();
    }

    @Override
    protected void setPresentationValue(List<@Nullable BigDecimal> value) {
        showing = true;
        try {
            for (int m = 0; m < months.size(); m++) {
                months.get(m).setValue(value == null || m >= value.size() ? null : value.get(m));
            }
        } finally {
            showing = false;
        }
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        months.forEach(month -> month.setReadOnly(readOnly));
    }
}
