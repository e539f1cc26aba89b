package com.headpin.shared.ui;

import java.util.List;
import java.util.stream.Collectors;

import com.headpin.shared.ImportLimits;
import com.headpin.shared.ImportPreview;
import com.headpin.shared.ImportRow;
import com.headpin.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * Imports a file in two steps, the same for every record type: the file is checked row by row first; the user sees
 * every row's errors (field labels {@code import.field.<field>}, wrapped to be read whole), and only a clean file can
 * be imported, all rows at once. The service checks again on import; a file that turned bad meanwhile is shown again
 * with its errors. A template to fill in may be offered ({@link #offerTemplate}).
 */
public class ImportDialog extends Dialog {

    /**
     * The i18n keys of what differs between imports: the title, the help (which columns), the drop label, the header
     * of the row's name column and the success message ({0}: rows imported).
     */
    public record Texts(String title, String help, String drop, String nameColumn, String done) {
    }

    private final ImportLimits limits;
    private final Texts texts;
    private final SerializableFunction<byte[], ImportPreview> check;
    private final SerializableFunction<byte[], Integer> importer;
    private final Paragraph summary = new Paragraph();
    private final Grid<ImportRow> rows = new Grid<>();
    private final Button importButton = new Button();
    private byte[] content = new byte[0];

    /** {@code fileTypes}: what the browser offers to choose (extensions and media types). */
    public ImportDialog(ImportLimits limits, Texts texts, List<String> fileTypes,
                        SerializableFunction<byte[], ImportPreview> check,
                        SerializableFunction<byte[], Integer> importer) {
        this.limits = limits;
        this.texts = texts;
        this.check = check;
        this.importer = importer;
        setHeaderTitle(getTranslation(texts.title()));
        setWidth("min(60rem, 95vw)");
        // The server enforces the size; the browser's limit only spares the user an upload that would be refused.
        Upload upload = new Upload(new LimitedUploadHandler(limits.maxBytes(), fileError("import.too-large"),
                this::preview, this::refuseTooLarge));
        upload.setId("import-upload");
        upload.setI18n(UploadTexts.translated(this::getTranslation));
        upload.setAcceptedFileTypes(fileTypes.toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(limits.maxBytes(), Integer.MAX_VALUE));
        upload.setDropLabel(new Span(getTranslation(texts.drop())));
        summary.setId("import-summary");
        summary.setText(getTranslation(texts.help()));
        rows.setId("import-rows");
        // Problems are sentences: they wrap in a wide column instead of ending in "…".
        rows.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addColumn(ImportRow::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(ImportRow::name).setHeader(getTranslation(texts.nameColumn())).setFlexGrow(1);
        rows.addColumn(this::errors).setHeader(getTranslation("import.errors")).setFlexGrow(3);
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

    /** Offers a file to fill in (headings in the user's language, an example row), made when it is downloaded. */
    protected void offerTemplate(String fileName, SerializableSupplier<String> csv) {
        addComponentAtIndex(2, new CsvExportLink("import-template", "import.template", fileName, csv));
    }

    /** Checks a file; public so tests can feed one without a browser upload. */
    public void preview(byte[] file) {
        content = file;
        ImportPreview preview = check.apply(file);
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
        content = new byte[0];
        rows.setItems(List.of());
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
            int imported = importer.apply(content);
            close();
            Notifications.success(texts.done(), imported);
        } catch (InvalidInputException invalid) {
            preview(content);
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
