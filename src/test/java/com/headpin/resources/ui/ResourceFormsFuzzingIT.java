package com.headpin.resources.ui;

import java.math.BigDecimal;

import com.headpin.FormFuzzing;
import com.headpin.deals.DealDetails;
import com.headpin.deals.TestDeals;
import com.headpin.resources.RequestRow;
import com.headpin.resources.ResourceRequestService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input in the war room's request dialog (justification, effort, dates) and the decline reason. */
class ResourceFormsFuzzingIT extends FormFuzzing {

    @Autowired
    ResourceRequestService requests;
    @Autowired
    ApplicationContext context;

    private long dealId;

    @BeforeEach
    void aDealOfItsOwn() {
        DealDetails deal = TestDeals.of(context).create("rep3", "华北电网", "Fuzz resources " + System.nanoTime(),
                100_000);
        dealId = deal.id();
        openAs("rep3");
    }

    @Test
    void justification() {
        TEXTS.forEach(input -> {
            String what = "request justification: " + input;
            openDialog();
            type("resource-request-justification", input.value());
            attemptAdd(what, "resource-request-save", () -> requests.forDeal(dealId), RequestRow::id,
                    holds(what, input.value(), RequestRow::justification));
        });
    }

    @Test
    void effort() {
        AMOUNTS.forEach(input -> {
            String what = "request effort: " + input;
            openDialog();
            type("resource-request-effort", input.value());
            attemptAdd(what, "resource-request-save", () -> requests.forDeal(dealId), RequestRow::id,
                    saved -> assertThat(saved.effortDays()).as(what).isEqualByComparingTo(input.value()));
        });
    }

    @Test
    void dates() {
        DATES.forEach(input -> {
            String what = "request start: " + input;
            openDialog();
            type("resource-request-starts", input.value());
            attemptAdd(what, "resource-request-save", () -> requests.forDeal(dealId), RequestRow::id,
                    saved -> assertThat(saved.startsOn()).as(what).isEqualTo(input.value()));
        });
    }

    @Test
    void declineReasonAsTheDealsManager() {
        openAs("north.director");
        TEXTS.forEach(input -> {
            String what = "decline reason: " + input;
            RequestRow open = requests.request(new com.headpin.resources.RequestInput(dealId,
                    com.headpin.resources.ResourceType.LEGAL, null, com.headpin.resources.StageActivity.NEGOTIATION,
                    java.time.LocalDate.of(2032, 1, 5), java.time.LocalDate.of(2032, 1, 5), BigDecimal.ONE, null));
            fresh("deals/" + dealId);
            selectTab("resource.requests.tab");
            clickInRow(open.id(), "resource-decline-" + open.id());
            type("resource-decline-reason", input.value());
            Outcome outcome = attempt(what, "resource-decline-confirm");
            RequestRow after = requests.forDeal(dealId).stream().filter(r -> r.id() == open.id()).findFirst()
                    .orElseThrow();
            assertStored(what, outcome, input.value(), outcome == Outcome.SAVED ? after.declineReason()
                    : after.status(), com.headpin.resources.RequestStatus.REQUESTED);
        });
    }

    private void openDialog() {
        fresh("deals/" + dealId);
        selectTab("resource.requests.tab");
        click("resource-request-add");
    }

    /** A button of the request's row (grid cells render their components on demand, out of the locator's reach). */
    @SuppressWarnings("unchecked")
    private static void clickInRow(long requestId, String buttonId) {
        com.vaadin.flow.component.grid.Grid<RequestRow> grid = com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("resource-requests"));
        int row = grid.getListDataView().getItems().map(RequestRow::id).toList().indexOf(requestId);
        com.vaadin.flow.component.Component actions = com.github.mvysny.kaributesting.v10.GridKt
                ._getCellComponent(grid, row, "actions");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(actions.getChildren()
                .filter(c -> c.getId().orElse("").equals(buttonId)).map(com.vaadin.flow.component.button.Button.class::cast)
                .findFirst().orElseThrow());
    }

    private static void click(String id) {
        com.github.mvysny.kaributesting.v10.ButtonKt._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withId(id)));
    }
}
