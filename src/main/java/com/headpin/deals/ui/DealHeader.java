package com.headpin.deals.ui;

import com.headpin.deals.DealDetails;
import com.headpin.shared.Dates;
import com.headpin.shared.Money;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The deal's head: its name, outcome and stalled badges, who has it open, and the figures a deal review starts with
 * — account, amount, weighted amount, expected close date.
 */
class DealHeader extends Composite<Div> {

    private final H2 title = new H2();
    private final Span badges = new Span();
    private final Div facts = new Div();

    DealHeader(Component avatars) {
        title.setId("deal-title");
        badges.setId("deal-badges");
        facts.setId("deal-facts");
        facts.addClassName("deal-facts");
        HorizontalLayout top = new HorizontalLayout(title, badges, avatars);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        top.addClassName("record-header");
        getContent().add(top, facts);
    }

    void show(DealDetails deal) {
        title.setText(deal.name());
        badges.removeAll();
        badges.add(DealBadges.outcome(deal.outcome()));
        if (deal.stalled()) {
            badges.add(DealBadges.stalled());
        }
        facts.removeAll();
        if (deal.accountName() == null) {
            facts.add(fact("deal-account", getTranslation("deal.account.hidden")));
        } else {
            Anchor account = new Anchor("accounts/" + deal.accountId(), deal.accountName());
            account.setId("deal-account");
            facts.add(account);
        }
        facts.add(fact("deal-amount", getTranslation("deal.header.amount", Money.format(deal.amount(), getLocale()))),
                fact("deal-weighted", getTranslation("deal.header.weighted",
                        Money.format(deal.weightedAmount(), getLocale()), deal.probability())),
                fact("deal-close", getTranslation("deal.header.close",
                        Dates.format(deal.expectedClose(), getLocale()))));
        if (deal.lostReason() != null) {
            facts.add(fact("deal-lost", getTranslation("deal.header.lost", deal.lostReason(),
                    deal.lostTo() == null ? "–" : deal.lostTo())));
        }
    }

    private static Span fact(String id, String text) {
        Span span = new Span(text);
        span.setId(id);
        span.addClassName("deal-fact");
        return span;
    }
}
