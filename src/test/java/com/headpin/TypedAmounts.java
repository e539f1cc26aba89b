package com.headpin;

import com.headpin.shared.ui.AmountField;

/**
 * Types text into an amount field as the browser sends it: the field's text (its script has put the separators in
 * already, which the server reads either way), read by the server when the value is sent.
 */
public final class TypedAmounts {

    private TypedAmounts() {
    }

    public static void type(AmountField field, String text) {
        field.getElement().setProperty("value", text);
    }
}
