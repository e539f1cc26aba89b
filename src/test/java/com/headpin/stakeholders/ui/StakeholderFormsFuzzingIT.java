package com.headpin.stakeholders.ui;

import java.util.Set;

import com.headpin.FormFuzzing;
import com.headpin.deals.DealDetails;
import com.headpin.deals.TestDeals;
import com.headpin.stakeholders.BuyingInfluenceService;
import com.headpin.stakeholders.InfluenceRole;
import com.headpin.stakeholders.InfluenceRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Hostile input in the stakeholders forms: the buying influence, added with a new contact and edited. */
class StakeholderFormsFuzzingIT extends FormFuzzing {

    @Autowired
    BuyingInfluenceService influences;
    @Autowired
    ApplicationContext context;

    private int serial;

    @Test
    void influenceDialogFields() {
        TestDeals test = TestDeals.of(context);
        DealDetails deal = test.create("rep3", "华北电网", "Fuzz influences", 300_000);
        String location = "deals/" + deal.id();
        openAs("rep3");
        for (Input<String> text : TEXTS) {
            addWithNewContact(location, deal.id(), "new contact name: " + text, text.value(), "CIO", "Fuzz results");
            addWithNewContact(location, deal.id(), "new contact title: " + text, "Fuzz " + ++serial, text.value(),
                    "Fuzz results");
            addWithNewContact(location, deal.id(), "organisational results: " + text, "Fuzz " + ++serial, "CIO",
                    text.value());
        }
        for (Input<String> text : TEXTS) {
            String what = "edited organisational results: " + text;
            InfluenceRow before = influences.list(deal.id()).getFirst();
            fresh(location);
            _clickItem(_get(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("deal-influences")), 0);
            type("influence-organisational-results", text.value());
            Outcome outcome = attempt(what, "save-influence");
            InfluenceRow after = influences.list(deal.id()).getFirst();
            assertStored(what, outcome, text.value(), after.organisationalResults(),
                    before.organisationalResults());
        }
    }

    private void addWithNewContact(String location, long dealId, String what, String name, String title,
                                   String results) {
        fresh(location);
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("influence-add")));
        type("influence-new-contact", true);
        type("influence-name", name);
        type("influence-title", title);
        type("influence-roles", Set.of(InfluenceRole.USER, InfluenceRole.COACH));
        type("influence-organisational-results", results);
        attemptAdd(what, "save-influence", () -> influences.list(dealId), InfluenceRow::id, saved -> {
            assertStored(what, Outcome.SAVED, name, saved.contactName(), null);
            assertStored(what, Outcome.SAVED, title, saved.contactTitle(), null);
            assertStored(what, Outcome.SAVED, results, saved.organisationalResults(), null);
        });
    }
}
