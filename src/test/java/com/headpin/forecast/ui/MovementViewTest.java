package com.headpin.forecast.ui;

import java.util.List;
import java.util.Locale;

import com.headpin.KaribuTest;
import com.headpin.forecast.MovementStep;
import com.headpin.forecast.SnapshotService;
import com.headpin.forecast.SnapshotSummary;
import com.headpin.security.SystemAuthentication;
import com.headpin.shared.ui.chart.ChartClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The movement page on the demo's weekly snapshots: a rep's team waterfall of the last two weeks (start, seven steps,
 * end, adding up), a bar's click listing its deals, the exports; the director's snapshot with its confirmation; in
 * Chinese for a rep, without the snapshot button.
 */
class MovementViewTest extends KaribuTest {

    @Autowired
    SnapshotService snapshots;

    @Test
    void aRepSeesHerTeamsLastTwoWeeksAsAWaterfallAndAClickedBarsDeals() {
        openAs("rep3");
        navigate("forecast/movement");
        MovementView view = _get(MovementView.class);
        List<SnapshotSummary> all = SystemAuthentication.runAsAdmin(snapshots::snapshots);
        @SuppressWarnings("unchecked")
        Select<SnapshotSummary> to = _get(Select.class, spec -> spec.withId("movement-to"));
        @SuppressWarnings("unchecked")
        Select<SnapshotSummary> from = _get(Select.class, spec -> spec.withId("movement-from"));
        assertThat(to.getValue().id()).isEqualTo(all.getFirst().id());
        assertThat(from.getValue().id()).isEqualTo(all.get(1).id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("movement-summary")).getText())
                .startsWith("Commitment for Q");

        JsonNode option = view.chart().chart().getOption();
        assertThat(option.at("/xAxis/data").size()).isEqualTo(9);
        assertThat(option.at("/xAxis/data/0").asString()).isEqualTo("Start commitment");
        assertThat(option.at("/xAxis/data/1").asString()).isEqualTo("New");
        assertThat(option.at("/xAxis/data/8").asString()).isEqualTo("End commitment");
        JsonNode base = option.at("/series/0/data");
        JsonNode bars = option.at("/series/1/data");
        // Each step floats from where the running total stood: start + steps = end as drawn.
        double running = bars.get(0).get("value").asDouble();
        for (int i = 1; i <= 7; i++) {
            double low = base.get(i).asDouble();
            double high = low + bars.get(i).get("value").asDouble();
            assertThat(Math.abs(running - low) < 0.005 || Math.abs(running - high) < 0.005).isTrue();
            running = Math.abs(running - low) < 0.005 ? high : low;
        }
        assertThat(running).isCloseTo(bars.get(8).get("value").asDouble(), org.assertj.core.data.Offset.offset(0.01));

        // A click on the "Won" bar lists the deals won between the two weeks.
        ComponentUtil.fireEvent(view.chart().chart(), new ChartClickEvent(view.chart().chart(), true,
                MovementChart.STEPS_SERIES, null, null, 1 + MovementStep.WON.ordinal(), null));
        assertThat(view.deals().stepSelect().getValue()).isEqualTo(MovementStep.WON);
        view.deals().stepSelect().setValue(MovementStep.NEW);
        assertThat(view.deals().grid().getGenericDataView().getItems().toList())
                .allMatch(move -> move.change().signum() >= 0);

        assertThat(_get(Anchor.class, spec -> spec.withId("movement-xlsx")).isVisible()).isTrue();
        assertThat(_get(com.headpin.shared.ui.CsvExportLink.class, spec -> spec.withId("movement-csv")).isVisible())
                .isTrue();
    }

    @Test
    void aDirectorTakesThisWeeksSnapshotAfterBeingToldItReplacesTheWeeks() {
        openAs("director");
        navigate("forecast/movement");
        long before = SystemAuthentication.runAsAdmin(snapshots::snapshots).size();
        _get(Button.class, spec -> spec.withId("take-snapshot")).click();
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("snapshot-confirm"));
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo(confirm.getTranslation("forecast.snapshot.confirm-replace"));
        _fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        List<SnapshotSummary> after = SystemAuthentication.runAsAdmin(snapshots::snapshots);
        assertThat(after).hasSize((int) before);
        assertThat(after.getFirst().takenBy()).isNotNull();
    }

    @Test
    void aRepReadsItInChineseWithoutTheSnapshotButton() {
        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        navigate("forecast/movement");
        MovementView view = _get(MovementView.class);
        _assertNone(Button.class, spec -> spec.withId("take-snapshot"));
        JsonNode option = view.chart().chart().getOption();
        assertThat(option.at("/xAxis/data/0").asString()).isEqualTo("期初承诺");
        assertThat(option.at("/xAxis/data/6").asString()).isEqualTo("签约");
        @SuppressWarnings("unchecked")
        Select<com.headpin.forecast.MovementScope> scope = _get(Select.class, spec -> spec.withId("movement-scope"));
        assertThat(scope.getListDataView().getItems().toList()).hasSize(2);
    }
}
