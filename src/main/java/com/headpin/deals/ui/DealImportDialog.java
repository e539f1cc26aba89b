package com.headpin.deals.ui;

import java.util.List;
import java.util.Locale;

import com.headpin.deals.DealCsvService;
import com.headpin.shared.ui.ImportDialog;

/**
 * Import an existing pipeline from a CSV (UTF-8 or GBK/GB18030) or Excel file, checked row by row before anything is
 * stored; a template to fill in is offered.
 */
class DealImportDialog extends ImportDialog {

    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    DealImportDialog(DealCsvService csv) {
        super(csv.limits(), new Texts("deals.import", "import.deals.help", "deals.import.drop", "deal.name",
                        "deals.import.done"),
                List.of(".csv", "text/csv", ".xlsx", XLSX_TYPE),
                csv::preview, csv::importAll);
        // The language now: the download runs later, when the dialog may be closed.
        Locale locale = getLocale();
        offerTemplate("deals-template.csv", () -> csv.template(locale));
    }
}
