package com.headpin.deals.ui;

import java.util.List;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.deals.AttentionFlag;
import com.headpin.deals.DealAttention;
import com.headpin.deals.DealAttentionService;
import com.headpin.deals.DealSummary;
import com.headpin.deals.DealTopics;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.SalesProcessService;
import com.headpin.shared.Dates;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * My open deals that need attention, each with its reasons as badges and a link to the deal. Read again when any
 * deal changes in a way lists or the board show (stage, dates, ticks).
 */
class AttentionCard extends Div {

    /** Lines shown; the rest are counted, so the card stays a card next to the others. */
    static final int MAX_SHOWN = 6;

    private final DealAttentionService attention;
    private final SalesProcessService processes;
    private final Div deals = new Div();

    AttentionCard(DealAttentionService attention, SalesProcessService processes, LiveUpdates liveUpdates) {
        this.attention = attention;
        this.processes = processes;
        setId("home-deal-attention");
        deals.addClassName("attention-deals");
        add(new H3(getTranslation("home.attention")), deals);
        show();
        liveUpdates.subscribe(this, DealTopics.LIST, changes -> show());
        liveUpdates.subscribe(this, DealTopics.BOARD, changes -> show());
        liveUpdates.subscribe(this, DealTopics.ACTIONS, changes -> show());
    }

    private void show() {
        deals.removeAll();
        List<DealAttention> found = attention.forMe();
        if (found.isEmpty()) {
            deals.add(new Paragraph(getTranslation("home.attention.none")));
        }
        SalesProcess process = processes.current();
        found.stream().limit(MAX_SHOWN).forEach(item -> deals.add(line(item, process)));
        if (found.size() > MAX_SHOWN) {
            RouterLink more = new RouterLink(getTranslation("home.attention.more", found.size() - MAX_SHOWN),
                    DealsView.class);
            more.setId("home-deal-attention-more");
            deals.add(more);
        }
    }

    private Div line(DealAttention item, SalesProcess process) {
        DealSummary deal = item.deal();
        RouterLink name = new RouterLink(deal.name(), DealView.class,
                new RouteParameters("id", String.valueOf(deal.id())));
        name.addClassName("attention-deal-name");
        Span account = new Span((deal.accountName() == null ? getTranslation("deal.account.hidden")
                : deal.accountName()) + " · " + process.stage(deal.stage()).name(getLocale()) + " · "
                + getTranslation("home.attention.closes", Dates.format(deal.expectedClose(), getLocale())));
        account.addClassName("deal-account");
        Div badges = new Div();
        badges.addClassName("attention-badges");
        item.flags().forEach(flag -> badges.add(badge(flag)));
        Div line = new Div(name, account, badges);
        line.addClassName("attention-deal");
        return line;
    }

    private Span badge(AttentionFlag flag) {
        Span badge = new Span(getTranslation(flag.reason().labelKey(), flag.count()));
        badge.addClassName("attention-reason");
        badge.getElement().getThemeList().add("badge warning");
        badge.setTitle(getTranslation(flag.reason().labelKey() + ".help", DealAttentionService.CLOSE_SOON_DAYS));
        return badge;
    }
}
