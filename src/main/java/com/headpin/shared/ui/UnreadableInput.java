package com.headpin.shared.ui;

import java.util.Collection;

/** Typed text a field could not read (a date, an amount): its value is empty, so a form must not save. */
public final class UnreadableInput {

    private UnreadableInput() {
    }

    /** Whether any date or amount field among {@code fields} holds unreadable text; each such field says so. */
    public static boolean anyIn(Collection<?> fields) {
        // Both checks run, so that every such field shows its message.
        return DateField.unreadable(fields) | AmountField.unreadable(fields);
    }
}
