package com.headpin.stakeholders.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.deals.DealPanel;
import com.headpin.stakeholders.RelationshipMapService;
import com.vaadin.flow.component.Component;

/** The deal page's "Relationship map" tab. */
@org.springframework.stereotype.Component
class RelationshipMapPanel implements DealPanel {

    private final RelationshipMapService maps;
    private final LiveUpdates liveUpdates;

    RelationshipMapPanel(RelationshipMapService maps, LiveUpdates liveUpdates) {
        this.maps = maps;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public Slot slot() {
        return Slot.TAB;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public String labelKey() {
        return "relmap.tab";
    }

    @Override
    public Component create(long dealId) {
        return new RelationshipMapView(maps, liveUpdates, dealId);
    }
}
