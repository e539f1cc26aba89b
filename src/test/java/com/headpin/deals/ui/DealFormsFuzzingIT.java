package com.headpin.deals.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.headpin.FormFuzzing;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Hostile input in the deal forms: the pipeline import so far. */
class DealFormsFuzzingIT extends FormFuzzing {

    @Autowired
    DealService deals;

    private int serial;

    @Test
    void importDialogFields() {
        openAs("rep3");
        fuzzImport("deals", "import-deals", () -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("account", "华北电网");
            row.put("name", "Fuzz import " + ++serial);
            row.put("amount", "250000");
            row.put("expected_close", "2027-06-30");
            row.put("stage", "2");
            row.put("outcome", "");
            row.put("forecast_category", "");
            row.put("owner", "rep3");
            row.put("team", "");
            row.put("next_step", "");
            return row;
        }, () -> deals.count(DealFilter.ALL));
    }
}
