package com.headpin.shared.ui;

import com.vaadin.flow.component.textfield.BigDecimalField;

/**
 * Shows an amount field's number with thousands separators below it while it is typed (¥8,000,000; 800万 in Chinese),
 * in the browser, without a round trip per key. The field itself keeps plain digits, which it parses exactly; when
 * the value is taken, the server's own helper text (shared.Money) replaces this one.
 */
public final class AmountTyping {

    private AmountTyping() {
    }

    public static BigDecimalField showSeparators(BigDecimalField field) {
        boolean chinese = "zh".equals(field.getLocale().getLanguage());
        field.getElement().executeJs("""
                const field = this;
                const chinese = $0;
                field.addEventListener('input', () => {
                  const typed = field.inputElement.value.trim();
                  const amount = Number(typed);
                  if (typed === '' || Number.isNaN(amount) || typed.length > 20) {
                    return;
                  }
                  field.helperText = chinese
                    ? (Math.abs(amount) < 10000 ? typed + '元'
                      : (amount / 10000).toLocaleString('zh-CN', { maximumFractionDigits: 2 }) + '万')
                    : (amount < 0 ? '-¥' : '¥') + Math.abs(amount).toLocaleString('en-US',
                      { maximumFractionDigits: 2 });
                });
                """, chinese);
        return field;
    }
}
