package com.headpin.deals.ui;

import com.headpin.deals.DealOutcome;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;

/** The small labels a deal wears in lists and on its page: its outcome, and "stalled". */
final class DealBadges {

    private DealBadges() {
    }

    static Span outcome(DealOutcome outcome) {
        Span badge = new Span(UI.getCurrent().getTranslation(outcome.labelKey()));
        badge.addClassName("deal-outcome");
        badge.getElement().getThemeList().add(switch (outcome) {
            case OPEN -> "badge";
            case WON -> "badge success";
            case LOST -> "badge error";
            case DELAYED -> "badge contrast";
        });
        return badge;
    }

    static Span stalled() {
        Span badge = new Span(UI.getCurrent().getTranslation("deal.stalled"));
        badge.addClassName("deal-stalled");
        badge.getElement().getThemeList().add("badge warning");
        badge.setTitle(UI.getCurrent().getTranslation("deal.stalled.help"));
        return badge;
    }
}
