package com.headpin.stakeholders.ui;

import com.headpin.FormFuzzing;
import com.headpin.accounts.ContactDetails;
import com.headpin.deals.DealDetails;
import com.headpin.stakeholders.MapEdge;
import com.headpin.stakeholders.MapFixture;
import com.headpin.stakeholders.RelationshipMapService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Hostile input in the relationship map's "listens to" line: its note. */
class RelationshipMapFormsFuzzingIT extends FormFuzzing {

    @Autowired
    RelationshipMapService maps;
    @Autowired
    ApplicationContext context;

    private int serial;

    @Test
    void influenceLineNote() {
        MapFixture given = MapFixture.of(context);
        DealDetails deal = given.newDeal("Fuzz map");
        ContactDetails head = given.contact(deal.accountId(), "Fuzz head", null, null, null);
        openAs("rep");
        TEXTS.forEach(input -> {
            String what = "influence line, note: " + input;
            ContactDetails listener = given.contact(deal.accountId(), "Fuzz listener " + ++serial, head.id(), null,
                    null);
            fresh("deals/" + deal.id());
            selectTab("relmap.tab");
            RelationshipMapView view = _get(RelationshipMapView.class);
            view.openPerson(listener.id());
            type("relationship-listens-to", view.map().person(head.id()).orElseThrow());
            type("relationship-note", input.value());
            attemptAdd(what, "relationship-line-add", () -> given.as("rep", () -> maps.map(deal.id()))
                    .linesOf(listener.id()), MapEdge::lineId, holds(what, input.value(), MapEdge::note));
        });
    }
}
