package com.headpin.accounts.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.headpin.accounts.AccountCsvService;
import com.headpin.shared.ui.ImportDialog;

/** Import accounts from a UTF-8 CSV file, checked row by row before anything is stored. */
class AccountImportDialog extends ImportDialog {

    AccountImportDialog(AccountCsvService csv) {
        super(csv.limits(), new Texts("accounts.import", "import.help", "import.drop", "account.name", "import.done"),
                List.of(".csv", "text/csv"), bytes -> csv.preview(text(bytes)), bytes -> csv.importAll(text(bytes)));
    }

    /** Checks a file's text; package-visible so tests can feed a file without a browser upload. */
    void preview(String csvText) {
        preview(csvText.getBytes(StandardCharsets.UTF_8));
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
