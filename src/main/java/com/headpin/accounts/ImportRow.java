package com.headpin.accounts;

import java.util.Map;

/** One data row of an import file: its line number, the account name and the errors by field (i18n keys). */
public record ImportRow(int line, String name, Map<String, String> errors) {

    public ImportRow {
        errors = Map.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
