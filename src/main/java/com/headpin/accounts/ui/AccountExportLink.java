package com.headpin.accounts.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import com.headpin.accounts.AccountCsvService;
import com.headpin.accounts.AccountFilter;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** Downloads what the list's filter shows as CSV (UTF-8 with BOM, so spreadsheets read Chinese correctly). */
class AccountExportLink extends Composite<Anchor> {

    AccountExportLink(AccountCsvService csv, Supplier<AccountFilter> filter) {
        Anchor link = getContent();
        link.setId("export-accounts");
        link.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.export(filter.get()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "accounts.csv", "text/csv;charset=UTF-8",
                    bytes.length);
        }));
        link.getElement().setAttribute("download", true);
        link.add(VaadinIcon.DOWNLOAD.create());
        link.add(" " + getTranslation("accounts.export"));
        link.addClassName("export-link");
    }
}
