package com.headpin.shared.ui.chart;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** A click on a data item (a bar, a slice, a node): which series, which item, and its value as ECharts has it. */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<Chart> {

    private final @Nullable String seriesId;
    private final @Nullable String seriesName;
    private final @Nullable String name;
    private final int dataIndex;
    private final @Nullable JsonNode value;

    public ChartClickEvent(Chart source, boolean fromClient,
                           @EventData("event.detail.seriesId") @Nullable String seriesId,
                           @EventData("event.detail.seriesName") @Nullable String seriesName,
                           @EventData("event.detail.name") @Nullable String name,
                           @EventData("event.detail.dataIndex") int dataIndex,
                           @EventData("event.detail.value") @Nullable JsonNode value) {
        super(source, fromClient);
        this.seriesId = seriesId;
        this.seriesName = seriesName;
        this.name = name;
        this.dataIndex = dataIndex;
        this.value = value;
    }

    /** The series' {@code id} from the option (ECharts makes one up when the option has none). */
    public @Nullable String seriesId() {
        return seriesId;
    }

    public @Nullable String seriesName() {
        return seriesName;
    }

    /** The item's name: its category on a category axis, or the data item's {@code name}. */
    public @Nullable String name() {
        return name;
    }

    /** The item's index in its series' data. */
    public int dataIndex() {
        return dataIndex;
    }

    /** A number for most series; an array for points and multi-dimensional data. */
    public @Nullable JsonNode value() {
        return value;
    }
}
