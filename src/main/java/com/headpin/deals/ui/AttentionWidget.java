package com.headpin.deals.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.deals.DealAttentionService;
import com.headpin.deals.SalesProcessService;
import com.headpin.workspace.HomeWidget;
import com.vaadin.flow.component.Component;

/** Puts "my deals needing attention" first among the feature cards on everyone's home view. */
@org.springframework.stereotype.Component
class AttentionWidget implements HomeWidget {

    private final DealAttentionService attention;
    private final SalesProcessService processes;
    private final LiveUpdates liveUpdates;

    AttentionWidget(DealAttentionService attention, SalesProcessService processes, LiveUpdates liveUpdates) {
        this.attention = attention;
        this.processes = processes;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Component create() {
        return new AttentionCard(attention, processes, liveUpdates);
    }
}
