package com.headpin.resources.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.deals.DealPanel;
import com.headpin.resources.ResourcePoolService;
import com.headpin.resources.ResourceRequestService;
import com.vaadin.flow.component.Component;

/** The deal page's "Resources" tab: the deal's requests for people, and asking for one. */
@org.springframework.stereotype.Component
class RequestsPanel implements DealPanel {

    private final ResourceRequestService requests;
    private final ResourcePoolService pool;
    private final LiveUpdates liveUpdates;

    RequestsPanel(ResourceRequestService requests, ResourcePoolService pool, LiveUpdates liveUpdates) {
        this.requests = requests;
        this.pool = pool;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public Slot slot() {
        return Slot.TAB;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String labelKey() {
        return "resource.requests.tab";
    }

    @Override
    public Component create(long dealId) {
        return new RequestsTab(requests, pool, liveUpdates, dealId);
    }
}
