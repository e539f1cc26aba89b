package com.headpin.accountplans.ui;

import java.util.List;
import java.util.function.Function;

import com.headpin.accountplans.OverduePlanAction;
import com.headpin.accountplans.PlanAwaitingReview;
import com.headpin.accountplans.PlanReviewService;
import com.headpin.accountplans.PlanTopics;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.shared.Dates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A director's plan work: the plans submitted for their review and their people's overdue plan actions, each line
 * opening the account's plan tab. Read again whenever any plan changes (submitted, reviewed, its items edited).
 */
class PlanReviewCard extends Div {

    /** Lines shown per list; the rest are counted, so the card stays a card next to the others. */
    static final int MAX_SHOWN = 6;

    private final PlanReviewService reviews;
    private final Div waiting = new Div();
    private final Div overdue = new Div();

    PlanReviewCard(PlanReviewService reviews, LiveUpdates liveUpdates) {
        this.reviews = reviews;
        setId("home-plan-reviews");
        waiting.setId("home-plans-waiting");
        overdue.setId("home-plan-actions-overdue");
        add(new H3(getTranslation("home.plans.waiting")), waiting, new H4(getTranslation("home.plans.overdue")),
                overdue);
        show();
        liveUpdates.subscribe(this, PlanTopics.ANY, changes -> show());
    }

    private void show() {
        fill(waiting, reviews.awaitingMyReview(), "home.plans.waiting.none", this::waitingLine);
        fill(overdue, reviews.overdueActionsOfMyPeople(), "home.plans.overdue.none", this::overdueLine);
    }

    private <T> void fill(Div list, List<T> found, String noneKey, Function<T, Div> line) {
        list.removeAll();
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation(noneKey)));
        }
        found.stream().limit(MAX_SHOWN).forEach(item -> list.add(line.apply(item)));
        if (found.size() > MAX_SHOWN) {
            list.add(new Paragraph(getTranslation("home.plans.more", found.size() - MAX_SHOWN)));
        }
    }

    private Div waitingLine(PlanAwaitingReview plan) {
        String asked = plan.submittedByName() == null || plan.submittedOn() == null ? ""
                : getTranslation("home.plans.submitted", plan.submittedByName(),
                Dates.format(plan.submittedOn(), getLocale()));
        return link(plan.accountId(), getTranslation("home.plans.plan", plan.accountName(), plan.year()), asked);
    }

    private Div overdueLine(OverduePlanAction action) {
        return link(action.accountId(), action.title(), getTranslation("home.plans.action", action.accountName(),
                action.ownerName(), Dates.format(action.dueDate(), getLocale())));
    }

    /** A line that opens the account's plan tab. */
    private Div link(long accountId, String title, String detail) {
        Span name = new Span(title);
        name.addClassName("plan-review-title");
        name.getStyle().set("color", "var(--lumo-primary-text-color)").set("font-weight", "500");
        Span more = new Span(detail.isEmpty() ? "" : " · " + detail);
        more.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Div line = new Div(name, more);
        line.addClassName("plan-review-line");
        line.getStyle().set("padding", "var(--lumo-space-xs) 0").set("cursor", "pointer");
        line.addClickListener(e -> UI.getCurrent().navigate("accounts/" + accountId + "/plan"));
        return line;
    }
}
