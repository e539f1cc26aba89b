package com.headpin.deals.ui;

import java.util.List;

import com.headpin.deals.DealCsvService;
import com.headpin.shared.ui.ImportDialog;

/** Import an existing pipeline from a CSV or Excel file, checked row by row before anything is stored. */
class DealImportDialog extends ImportDialog {

    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    DealImportDialog(DealCsvService csv) {
        super(csv.limits(), new Texts("deals.import", "deals.import.help", "deals.import.drop", "deal.name",
                        "deals.import.done"),
                List.of(".csv", "text/csv", ".xlsx", XLSX_TYPE),
                csv::preview, csv::importAll);
    }
}
