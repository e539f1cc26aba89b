package com.headpin.shared.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static org.assertj.core.api.Assertions.assertThat;

/** The Java side of the chart: option kept and sent, script and library found, locale followed, clicks heard. */
class ChartTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theOptionIsKeptAsACopyAndSentToTheBrowser() {
        ObjectNode option = Chart.newOption();
        option.putObject("xAxis").put("type", "category").set("data", Chart.array(List.of("A", "B")));
        option.putArray("series").addObject().put("type", "bar").put("id", "won")
                .putObject("label").put("formatter", ChartFormat.WAN.reference());
        Chart chart = new Chart(option);
        option.put("title", "changed afterwards");

        assertThat(chart.getOption().has("title")).isFalse();
        assertThat(chart.getOption().at("/series/0/label/formatter").asString()).isEqualTo("@format:wan");
        assertThat(chart.getElement().getPropertyRaw("option")).isEqualTo(chart.getOption());
        assertThat(chart.getOption().at("/xAxis/data").toString()).isEqualTo("[\"A\",\"B\"]");
    }

    @Test
    void scriptAndLibraryAreOnTheClasspath() {
        Chart chart = new Chart();
        String library = chart.getElement().getAttribute("library");
        assertThat(library).matches("webjars/echarts/[0-9.]+/dist/echarts\\.min\\.js");
        assertThat(getClass().getResource("/META-INF/resources/" + library)).isNotNull();
        assertThat(getClass().getResource("/META-INF/resources/headpin/chart.js")).isNotNull();
    }

    @Test
    void followsTheLanguageOfTheUi() {
        UI ui = UI.getCurrent();
        ui.setLocale(Locale.SIMPLIFIED_CHINESE);
        Chart chart = new Chart();
        ui.add(chart);
        assertThat(chart.getElement().getAttribute("locale")).isEqualTo("ZH");
        ui.setLocale(Locale.ENGLISH);
        assertThat(chart.getElement().getAttribute("locale")).isEqualTo("EN");
    }

    @Test
    void aClickOnAnItemReachesJava() {
        Chart chart = new Chart();
        UI.getCurrent().add(chart);
        List<ChartClickEvent> clicks = new ArrayList<>();
        chart.addClickListener(clicks::add);

        ObjectNode data = JsonNodeFactory.instance.objectNode().put("event.detail.seriesId", "in")
                .put("event.detail.seriesName", "In the funnel").put("event.detail.name", "B")
                .put("event.detail.dataIndex", 1).put("event.detail.value", 7);
        _fireDomEvent(chart, "chart-click", data);

        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.seriesId()).isEqualTo("in");
            assertThat(click.seriesName()).isEqualTo("In the funnel");
            assertThat(click.name()).isEqualTo("B");
            assertThat(click.dataIndex()).isEqualTo(1);
            assertThat(click.value().asInt()).isEqualTo(7);
        });
    }
}
