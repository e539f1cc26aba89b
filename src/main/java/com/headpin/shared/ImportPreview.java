package com.headpin.shared;

import java.util.List;

/**
 * What an import would do: each row with its errors (i18n keys per field), and errors of the file as a whole.
 * Only a clean preview can be imported.
 */
public record ImportPreview(List<ImportRow> rows, List<String> fileErrors) {

    public ImportPreview {
        rows = List.copyOf(rows);
        fileErrors = List.copyOf(fileErrors);
    }

    public boolean clean() {
        return fileErrors.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(ImportRow::valid);
    }

    public long invalidRows() {
        return rows.stream().filter(row -> !row.valid()).count();
    }
}
