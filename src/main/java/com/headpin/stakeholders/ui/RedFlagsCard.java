package com.headpin.stakeholders.ui;

import java.util.List;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.deals.DealTopics;
import com.headpin.stakeholders.FlaggedDeal;
import com.headpin.stakeholders.RedFlagService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Open red flags on my deals (a manager's: their team's), newest first, each with the deal it is on; a click opens the
 * deal. Read again whenever the board changes (flag changes are announced there too).
 */
class RedFlagsCard extends Div {

    /** Lines shown; the rest are counted, so the card stays a card next to the others. */
    static final int MAX_SHOWN = 8;

    private final RedFlagService flags;
    private final Div lines = new Div();

    RedFlagsCard(RedFlagService flags, LiveUpdates liveUpdates) {
        this.flags = flags;
        setId("home-red-flags");
        add(new H3(getTranslation("redflag.home")), lines);
        show();
        liveUpdates.subscribe(this, DealTopics.BOARD, changes -> show());
    }

    private void show() {
        lines.removeAll();
        List<FlaggedDeal> found = flags.forMe();
        if (found.isEmpty()) {
            lines.add(new Paragraph(getTranslation("redflag.home.none")));
        }
        found.stream().limit(MAX_SHOWN).forEach(flag -> lines.add(line(flag)));
        if (found.size() > MAX_SHOWN) {
            lines.add(new Paragraph(getTranslation("redflag.home.more", found.size() - MAX_SHOWN)));
        }
    }

    private Div line(FlaggedDeal flag) {
        Span deal = new Span(flag.deal().name());
        deal.addClassName("red-flag-deal");
        deal.getStyle().set("color", "var(--lumo-primary-text-color)").set("font-weight", "500");
        Span reason = new Span(reason(flag));
        reason.addClassName("red-flag-text");
        Div line = new Div(deal, new Span(" · "), reason);
        line.addClassName("red-flag-home-line");
        line.setId("home-red-flag-" + flag.deal().id() + "-" + lines.getComponentCount());
        line.getStyle().set("padding", "var(--lumo-space-xs) 0").set("cursor", "pointer");
        line.addClickListener(e -> UI.getCurrent().navigate("deals/" + flag.deal().id()));
        return line;
    }

    private String reason(FlaggedDeal flag) {
        if (flag.rule() != null) {
            return getTranslation(flag.rule().labelKey(), flag.contactName() == null ? "" : flag.contactName(),
                    flag.daysWithoutContact() == null ? 0 : flag.daysWithoutContact());
        }
        return getTranslation(flag.category() == null ? "redflag.kind.flag" : flag.category().labelKey()) + ": "
                + flag.text();
    }
}
