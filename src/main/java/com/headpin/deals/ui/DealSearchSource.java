package com.headpin.deals.ui;

import java.util.List;
import java.util.Locale;

import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.SalesProcessService;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.SearchText;
import com.headpin.workspace.SearchHit;
import com.headpin.workspace.SearchSource;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.stereotype.Component;

/** Deals in the top bar's search, with their account and where they stand (stage, or outcome once decided). */
@Component
class DealSearchSource implements SearchSource {

    private final DealService deals;
    private final SalesProcessService processes;
    private final HeadpinI18NProvider i18n;

    DealSearchSource(DealService deals, SalesProcessService processes, HeadpinI18NProvider i18n) {
        this.deals = deals;
        this.processes = processes;
        this.i18n = i18n;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String kindKey() {
        return "nav.deals";
    }

    @Override
    public VaadinIcon icon() {
        return VaadinIcon.HANDSHAKE;
    }

    @Override
    public List<SearchHit> find(SearchText text, int limit, Locale locale) {
        List<DealSummary> found = deals.search(text.text(), limit);
        if (found.isEmpty()) {
            return List.of();
        }
        SalesProcess process = processes.current();
        return found.stream().map(deal -> new SearchHit(deal.name(), account(deal, locale) + " · "
                + (deal.outcome() == DealOutcome.OPEN ? process.stage(deal.stage()).name(locale)
                : i18n.getTranslation(deal.outcome().labelKey(), locale)), "deals/" + deal.id())).toList();
    }

    private String account(DealSummary deal, Locale locale) {
        return deal.accountName() != null ? deal.accountName()
                : i18n.getTranslation("deal.account.hidden", locale);
    }
}
