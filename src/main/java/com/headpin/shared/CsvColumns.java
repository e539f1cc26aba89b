package com.headpin.shared;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The columns of an export or import file: codes ({@code annual_potential}) and their headings in the user's
 * language (i18n keys {@code <keyPrefix>.<code with dashes>}). An export is headed in its reader's language; an
 * import takes a column headed by its code or by its heading in either language, so an export of either language
 * imports again.
 */
public record CsvColumns(String keyPrefix, List<String> codes) {

    public CsvColumns {
        codes = List.copyOf(codes);
    }

    public List<String> headings(I18NProvider i18n, Locale locale) {
        return codes.stream().map(code -> i18n.getTranslation(key(code), locale)).toList();
    }

    /** Every heading a file may use (lower case, as {@link ImportSheet} reads it) → the column's code. */
    public Map<String, String> aliases(I18NProvider i18n) {
        Map<String, String> aliases = new HashMap<>();
        for (String code : codes) {
            for (Locale locale : i18n.getProvidedLocales()) {
                aliases.put(ChoiceLabels.key(i18n.getTranslation(key(code), locale)), code);
            }
            aliases.put(code, code);
        }
        return aliases;
    }

    private String key(String code) {
        return keyPrefix + "." + code.replace('_', '-');
    }
}
