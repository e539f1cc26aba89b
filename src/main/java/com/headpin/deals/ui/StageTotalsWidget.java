package com.headpin.deals.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.deals.DealStatistics;
import com.headpin.deals.SalesProcessService;
import com.headpin.workspace.HomeWidget;
import com.vaadin.flow.component.Component;

/** Puts the open pipeline per stage on the home view of directors and administrators. */
@org.springframework.stereotype.Component
class StageTotalsWidget implements HomeWidget {

    private final DealStatistics statistics;
    private final SalesProcessService processes;
    private final LiveUpdates liveUpdates;

    StageTotalsWidget(DealStatistics statistics, SalesProcessService processes, LiveUpdates liveUpdates) {
        this.statistics = statistics;
        this.processes = processes;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public boolean visibleToCurrentUser() {
        return statistics.mayViewStageTotals();
    }

    @Override
    public Component create() {
        return new StageTotalsChart(statistics, processes, liveUpdates);
    }
}
