package com.headpin.stakeholders.ui;

import java.util.List;
import java.util.stream.Stream;

import com.headpin.FormFuzzing;
import com.headpin.deals.DealDetails;
import com.headpin.deals.TestDeals;
import com.headpin.stakeholders.DealFlags;
import com.headpin.stakeholders.FlagCategory;
import com.headpin.stakeholders.RedFlagRow;
import com.headpin.stakeholders.RedFlagService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Hostile input in the red-flag dialogs: a new flag's text and a clearing note. */
class RedFlagFormsFuzzingIT extends FormFuzzing {

    @Autowired
    RedFlagService flags;
    @Autowired
    ApplicationContext context;

    private long dealId;

    @BeforeEach
    void aDealOfItsOwn() {
        TestDeals test = TestDeals.of(context);
        DealDetails deal = test.create("rep3", "华北电网", "Fuzz flags " + System.nanoTime(), 100_000);
        dealId = deal.id();
        openAs("rep3");
    }

    @Test
    void flagDialog() {
        TEXTS.forEach(input -> {
            String what = "red flag text: " + input;
            fresh("deals/" + dealId);
            _click("redflag-add-flag");
            type("redflag-category", FlagCategory.TIMING_RISK);
            type("redflag-text", input.value());
            attemptAdd(what, "save-redflag", () -> all(flags.flags(dealId)), RedFlagRow::id,
                    holds(what, input.value(), RedFlagRow::text));
        });
    }

    @Test
    void clearingNote() {
        TEXTS.forEach(input -> {
            String what = "clearing note: " + input;
            RedFlagRow flag = flags.raise(dealId, com.headpin.stakeholders.FlagKind.FLAG,
                    new com.headpin.stakeholders.RedFlagInput(0, FlagCategory.TIMING_RISK, "To clear",
                            flags.owners(dealId).getFirst().id()));
            fresh("deals/" + dealId);
            _click("redflag-clear-" + flag.id());
            type("redflag-clear-note", input.value());
            Outcome outcome = attempt(what, "redflag-clear-confirm");
            RedFlagRow after = all(flags.flags(dealId)).stream().filter(f -> f.id() == flag.id()).findFirst()
                    .orElseThrow();
            if (outcome == Outcome.SAVED) {
                assertStored(what, outcome, input.value(), after.clearingNote() == null ? "" : after.clearingNote(),
                        null);
            } else {
                assertStored(what, outcome, input.value(), after.isOpen(), true);
            }
        });
    }

    private static List<RedFlagRow> all(DealFlags shown) {
        return Stream.concat(shown.flags().stream(), shown.strengths().stream()).toList();
    }

    private static void _click(String id) {
        com.github.mvysny.kaributesting.v10.ButtonKt._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId(id)));
    }
}
