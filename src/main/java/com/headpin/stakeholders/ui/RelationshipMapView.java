package com.headpin.stakeholders.ui;

import com.headpin.accounts.AccountTopics;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.WhileShown;
import com.headpin.shared.ui.chart.Chart;
import com.headpin.stakeholders.MapPerson;
import com.headpin.stakeholders.RelationshipMap;
import com.headpin.stakeholders.RelationshipMapService;
import com.headpin.stakeholders.StakeholderTopics;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * The relationship map of a deal's account: the graph, its legend, and a click on a person opens them. Follows the
 * deal's people (roles, attitudes), the account (its contacts announce there: a new manager redraws the layers) and
 * the account's influence lines (added on another deal of the account too); the chart merges the new option.
 */
class RelationshipMapView extends Div {

    private final RelationshipMapService maps;
    private final long dealId;
    private final Chart chart = new Chart();
    private final Div scroller = new Div(chart);
    private final Paragraph empty = new Paragraph();
    private final MapOption options = new MapOption(this::getTranslation);
    private RelationshipMap map;
    private @Nullable PersonDialog open;

    RelationshipMapView(RelationshipMapService maps, LiveUpdates liveUpdates, long dealId) {
        this.maps = maps;
        this.dealId = dealId;
        setId("relationship-map");
        setWidthFull();
        chart.setId("relationship-map-chart");
        chart.setWidthFull();
        // Drawn 1:1 in pixels: a narrow page scrolls sideways rather than squeezing people onto each other.
        scroller.getStyle().set("overflow-x", "auto").set("width", "100%");
        empty.setText(getTranslation("relmap.empty"));
        empty.setId("relationship-map-empty");
        map = maps.map(dealId);
        add(scroller, empty, new MapLegend(map.gapDays()));
        show();
        chart.addClickListener(e -> {
            if (e.dataIndex() >= 0 && e.dataIndex() < map.people().size()
                    && map.people().get(e.dataIndex()).name().equals(e.name())) {
                openPerson(map.people().get(e.dataIndex()).contactId());
            }
        });
        liveUpdates.subscribe(this, StakeholderTopics.ofDeal(dealId), changes -> reload());
        liveUpdates.subscribe(this, AccountTopics.ACCOUNT.topic(map.accountId()), changes -> reload());
        liveUpdates.subscribe(this, StakeholderTopics.linesOfAccount(map.accountId()), changes -> reload());
        WhileShown.reloadWhenShown(this, this::reload);
    }

    Chart chart() {
        return chart;
    }

    RelationshipMap map() {
        return map;
    }

    /** Opens the person's panel (what a click on their node does). */
    PersonDialog openPerson(long contactId) {
        if (open != null) {
            open.close();
        }
        PersonDialog dialog = new PersonDialog(maps, dealId, contactId, this::reload);
        dialog.addDetachListener(e -> {
            if (open == dialog) {
                open = null;
            }
        });
        open = dialog;
        dialog.show(map);
        dialog.open();
        return dialog;
    }

    private void reload() {
        map = maps.map(dealId);
        show();
        if (open != null) {
            open.show(map);
        }
    }

    private void show() {
        LayeredLayout.Result placed = options.layout(map);
        chart.setHeight(MapOption.height(placed) + "px");
        chart.setMinWidth(MapOption.width(placed) + "px");
        chart.setOption(options.option(map));
        scroller.setVisible(!map.people().isEmpty());
        empty.setVisible(map.people().isEmpty());
    }

    /** For tests: the person at a data index, as a click reports it. */
    MapPerson personAt(int dataIndex) {
        return map.people().get(dataIndex);
    }
}
