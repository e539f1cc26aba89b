package com.headpin.shared;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * A choice (an enum with a label key) as people write it in a file: its code in any case, with spaces or dashes for
 * underscores ({@code BEST_CASE}, {@code best case}), or its label in either language ("Banking", "银行").
 */
public final class ChoiceLabels {

    private ChoiceLabels() {
    }

    /** Every spelling of every value, by {@link #key}. */
    public static <E extends Enum<E>> Map<String, E> of(E[] values, Function<E, String> labelKey, I18NProvider i18n) {
        Map<String, E> byLabel = new HashMap<>();
        for (E value : values) {
            for (Locale locale : i18n.getProvidedLocales()) {
                byLabel.put(key(i18n.getTranslation(labelKey.apply(value), locale)), value);
            }
        }
        // Codes last: a code wins over another value's label that happens to spell it.
        for (E value : values) {
            byLabel.put(key(value.name()), value);
            byLabel.put(key(value.name().replace('_', ' ')), value);
            byLabel.put(key(value.name().replace('_', '-')), value);
        }
        return byLabel;
    }

    /**
     * The choice a cell names; an empty cell takes {@code fallback} (the form's default for an optional choice), an
     * unknown one is an error of {@code field} ({@code validation.invalid-choice}).
     */
    public static <E extends Enum<E>> E read(Map<String, E> byLabel, String value, E fallback, String field,
                                             Map<String, String> errors) {
        if (value.isBlank()) {
            return fallback;
        }
        E choice = byLabel.get(key(value));
        if (choice == null) {
            errors.put(field, "validation.invalid-choice");
            return fallback;
        }
        return choice;
    }

    /** How a value is looked up: stripped, lower case. */
    public static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
