package com.headpin.deals.ui;

import com.headpin.shared.Money;
import com.headpin.shared.ui.AmountTyping;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;

/** Amount fields in CNY: a ¥ prefix, and the amount as the user reads it (万 in Chinese) below, also while typed. */
final class MoneyFields {

    private MoneyFields() {
    }

    static BigDecimalField configure(BigDecimalField field) {
        field.setPrefixComponent(new Span("¥"));
        AmountTyping.showSeparators(field);
        field.addValueChangeListener(e -> field.setHelperText(e.getValue() == null ? null
                : Money.format(e.getValue(), field.getLocale())));
        return field;
    }
}
