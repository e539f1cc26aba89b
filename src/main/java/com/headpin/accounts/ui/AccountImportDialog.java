package com.headpin.accounts.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.headpin.accounts.AccountCsvService;
import com.headpin.shared.ui.ImportDialog;

/**
 * Import accounts from a CSV file (UTF-8 or GBK/GB18030, as Excel writes it), checked row by row before anything is
 * stored; a template to fill in is offered.
 */
class AccountImportDialog extends ImportDialog {

    AccountImportDialog(AccountCsvService csv) {
        super(csv.limits(), new Texts("accounts.import", "import.accounts.help", "import.drop", "account.name",
                        "import.done"),
                List.of(".csv", "text/csv"), csv::preview, csv::importAll);
        // The language now: the download runs later, when the dialog may be closed.
        Locale locale = getLocale();
        offerTemplate("accounts-template.csv", () -> csv.template(locale));
    }

    /** Checks a file's text; package-visible so tests can feed a file without a browser upload. */
    void preview(String csvText) {
        preview(csvText.getBytes(StandardCharsets.UTF_8));
    }
}
