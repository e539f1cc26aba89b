package com.headpin.shared.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * Downloads a list as CSV (UTF-8 with BOM, so spreadsheets read Chinese correctly). The text is made when the link is
 * clicked, so it holds what the list's filter shows then.
 */
public class CsvExportLink extends Composite<Anchor> {

    /** {@code labelKey}: the link's text; {@code fileName}: what the browser saves. */
    public CsvExportLink(String id, String labelKey, String fileName, SerializableSupplier<String> csv) {
        Anchor link = getContent();
        link.setId(id);
        link.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.get().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "text/csv;charset=UTF-8",
                    bytes.length);
        }));
        link.getElement().setAttribute("download", true);
        link.add(VaadinIcon.DOWNLOAD.create());
        link.add(" " + getTranslation(labelKey));
        link.addClassName("export-link");
    }
}
