package com.headpin.planning.ui;

import java.util.List;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.planning.PlanAwaitingApproval;
import com.headpin.planning.PlanningTopics;
import com.headpin.planning.SavedPlanService;
import com.headpin.shared.Dates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A director's sales plans to decide on: those their reps submitted, the oldest first, each line opening the planner
 * on the plan. Read again whenever any saved plan changes (submitted, approved, returned, reopened).
 */
class PlanApprovalCard extends Div {

    /** Lines shown; the rest are counted, so the card stays a card next to the others. */
    static final int MAX_SHOWN = 6;

    private final SavedPlanService plans;
    private final Div waiting = new Div();

    PlanApprovalCard(SavedPlanService plans, LiveUpdates liveUpdates) {
        this.plans = plans;
        setId("home-sales-plans");
        waiting.setId("home-sales-plans-waiting");
        add(new H3(getTranslation("home.sales-plans.waiting")), waiting);
        show();
        liveUpdates.subscribe(this, PlanningTopics.SALES_PLANS, changes -> show());
    }

    private void show() {
        List<PlanAwaitingApproval> found = plans.awaitingMyApproval();
        waiting.removeAll();
        if (found.isEmpty()) {
            waiting.add(new Paragraph(getTranslation("home.sales-plans.none")));
        }
        found.stream().limit(MAX_SHOWN).forEach(plan -> waiting.add(line(plan)));
        if (found.size() > MAX_SHOWN) {
            waiting.add(new Paragraph(getTranslation("home.plans.more", found.size() - MAX_SHOWN)));
        }
    }

    /** A line that opens the planner on the plan (the look of the account plans' review card). */
    private Div line(PlanAwaitingApproval plan) {
        Span name = new Span(getTranslation("home.sales-plans.plan", plan.repName(), plan.planYear()));
        name.addClassName("plan-review-title");
        name.getStyle().set("color", "var(--lumo-primary-text-color)").set("font-weight", "500");
        Span more = new Span(plan.submittedOn() == null ? ""
                : " · " + getTranslation("home.sales-plans.submitted", Dates.format(plan.submittedOn(), getLocale())));
        more.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div line = new Div(name, more);
        line.addClassName("plan-review-line");
        line.setId("home-sales-plan-" + plan.planId());
        line.getStyle().set("padding", "var(--lumo-space-xs) 0").set("cursor", "pointer");
        line.addClickListener(e -> UI.getCurrent().navigate(plan.link()));
        return line;
    }
}
