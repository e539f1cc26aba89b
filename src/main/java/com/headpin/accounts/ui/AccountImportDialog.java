package com.headpin.accounts.ui;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountCsvService;
import com.headpin.accounts.ImportLimits;
import com.headpin.accounts.ImportPreview;
import com.headpin.accounts.ImportRow;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.LimitedUploadHandler;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;

/**
 * Import accounts from CSV: the file is checked row by row first; the user sees every row's errors, and only a clean
 * file can be imported, all rows at once.
 */
class AccountImportDialog extends Dialog {

    private final AccountCsvService csv;
    private final ImportLimits limits;
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportRow> rows = new Grid<>();
    private final Button importButton = new Button();
    private String text = "";

    AccountImportDialog(AccountCsvService csv) {
        this.csv = csv;
        this.limits = csv.limits();
        setHeaderTitle(getTranslation("accounts.import"));
        setWidth("min(60rem, 95vw)");
        // The server enforces the size; the browser's limit only spares the user an upload that would be refused.
        Upload upload = new Upload(new LimitedUploadHandler(limits.maxBytes(), fileError("import.too-large"),
                bytes -> preview(new String(bytes, StandardCharsets.UTF_8)), this::refuseTooLarge));
        upload.setId("import-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize((int) Math.min(limits.maxBytes(), Integer.MAX_VALUE));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("import.drop")));
        summary.setId("import-summary");
        summary.setText(getTranslation("import.help"));
        rows.setId("import-rows");
        rows.addColumn(ImportRow::line).setHeader(getTranslation("import.line")).setAutoWidth(true);
        rows.addColumn(ImportRow::name).setHeader(getTranslation("account.name")).setAutoWidth(true);
        rows.addColumn(this::errors).setHeader(getTranslation("import.errors")).setFlexGrow(1);
        rows.setVisible(false);
        rows.setAllRowsVisible(false);
        rows.setHeight("18rem");
        importButton.setText(getTranslation("import.confirm"));
        importButton.setId("import-confirm");
        importButton.addThemeVariants(ButtonVariant.PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> importAll());
        add(upload, summary, rows);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), importButton);
    }

    /** Checks a file's text; package-visible so tests can feed a file without a browser upload. */
    void preview(String csvText) {
        text = csvText;
        ImportPreview preview = csv.preview(csvText);
        rows.setItems(preview.rows());
        rows.setVisible(!preview.rows().isEmpty());
        if (!preview.fileErrors().isEmpty()) {
            summary.setText(preview.fileErrors().stream().map(this::fileError).collect(Collectors.joining(" ")));
        } else if (preview.clean()) {
            summary.setText(getTranslation("import.clean", preview.rows().size()));
        } else {
            summary.setText(getTranslation("import.has-errors", preview.invalidRows(), preview.rows().size()));
        }
        importButton.setEnabled(preview.clean());
    }

    private void refuseTooLarge() {
        text = "";
        rows.setItems(java.util.List.of());
        rows.setVisible(false);
        summary.setText(fileError("import.too-large"));
        importButton.setEnabled(false);
    }

    /** File errors may name the limits: {0} the most rows, {1} the largest file. */
    private String fileError(String key) {
        return getTranslation(key, limits.maxRows(), limits.maxFileSizeText());
    }

    private void importAll() {
        try {
            int imported = csv.importAll(text);
            close();
            Notifications.success("import.done", imported);
        } catch (InvalidInputException invalid) {
            preview(text);
        }
    }

    private String errors(ImportRow row) {
        if (row.valid()) {
            return getTranslation("import.row-ok");
        }
        return row.errors().entrySet().stream()
                .map(e -> getTranslation("import.field." + e.getKey()) + ": " + getTranslation(e.getValue()))
                .collect(Collectors.joining("; "));
    }
}
