package com.headpin.shared;

import java.util.Map;

/**
 * One data row of an import file: its line number, the name of the record it would make and the errors by field
 * (i18n keys).
 */
public record ImportRow(int line, String name, Map<String, String> errors) {

    public ImportRow {
        errors = Map.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
