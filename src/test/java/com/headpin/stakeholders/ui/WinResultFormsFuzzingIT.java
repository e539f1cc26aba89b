package com.headpin.stakeholders.ui;

import com.headpin.FormFuzzing;
import com.headpin.stakeholders.StandardWinResult;
import com.headpin.stakeholders.WinResultCatalogService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Hostile input in the win-result catalogue's form: a field message or a correct save, in both languages. */
class WinResultFormsFuzzingIT extends FormFuzzing {

    @Autowired
    WinResultCatalogService catalog;

    @Test
    void catalogueEntryLabels() {
        openAs("director");
        for (Input<String> input : TEXTS) {
            for (String field : new String[] {"en", "zh"}) {
                fresh("win-results");
                _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("new-win-result")));
                type("win-result-label-" + field, input.value());
                String what = "label " + field + " " + input;
                attemptAdd(what, "save-win-result", catalog::list, StandardWinResult::id,
                        holds(what, input.value(), field.equals("en") ? StandardWinResult::labelEn
                                : StandardWinResult::labelZh));
            }
        }
    }
}
