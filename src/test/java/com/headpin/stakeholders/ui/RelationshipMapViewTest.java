package com.headpin.stakeholders.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.accounts.ContactDetails;
import com.headpin.deals.DealDetails;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.ui.chart.ChartClickEvent;
import com.headpin.stakeholders.Attitude;
import com.headpin.stakeholders.InfluenceLevel;
import com.headpin.stakeholders.InfluenceLineInput;
import com.headpin.stakeholders.InfluenceRole;
import com.headpin.stakeholders.MapEdge;
import com.headpin.stakeholders.MapFixture;
import com.headpin.stakeholders.MapPerson;
import com.headpin.stakeholders.RelationshipMapService;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The deal's relationship map tab: a 40-person account laid out readably, a click opens a person, lines live. */
class RelationshipMapViewTest extends KaribuTest {

    @Autowired
    RelationshipMapService maps;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    ApplicationContext context;

    MapFixture given;

    @BeforeEach
    void fixtures() {
        given = MapFixture.of(context);
    }

    @Test
    void fortyPeopleAreLaidOutTopDownWithoutOverlapsColouredByAttitudeAndGapsMarked() {
        DealDetails deal = given.newDeal("Map: forty");
        List<ContactDetails> people = given.hierarchy(deal.accountId(), 40, calendar.today());
        given.influence(deal.id(), people.get(0).id(), Set.of(InfluenceRole.DECISION_MAKER), InfluenceLevel.HIGH,
                Attitude.SUPPORTER);
        given.influence(deal.id(), people.get(1).id(), Set.of(InfluenceRole.TECHNICAL_GATEKEEPER,
                InfluenceRole.USER), InfluenceLevel.MEDIUM, Attitude.OPPONENT);
        openAs("admin");
        RelationshipMapView view = openMap(deal);

        JsonNode series = view.chart().getOption().get("series").get(0);
        assertThat(series.get("type").asString()).isEqualTo("graph");
        assertThat(series.get("layout").asString()).isEqualTo("none");
        JsonNode data = series.get("data");
        assertThat(data.size()).isEqualTo(40);
        Map<String, double[]> at = new HashMap<>();
        Set<String> positions = new HashSet<>();
        List<double[]> points = new ArrayList<>();
        for (JsonNode node : data) {
            double[] xy = {node.get("x").asDouble(), node.get("y").asDouble()};
            at.put(node.get("id").asString(), xy);
            positions.add(xy[0] + "/" + xy[1]);
            points.add(xy);
        }
        assertThat(positions).as("distinct positions").hasSize(40);
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                double dx = Math.abs(points.get(i)[0] - points.get(j)[0]);
                double dy = Math.abs(points.get(i)[1] - points.get(j)[1]);
                assertThat(dx >= MapOption.COLUMN_GAP || dy >= MapOption.ROW_GAP)
                        .as("nodes %d and %d overlap (symbol and label)", i, j).isTrue();
            }
        }
        int reportsTo = 0;
        for (JsonNode link : series.get("links")) {
            if ("solid".equals(link.get("lineStyle").get("type").asString())) {
                reportsTo++;
                assertThat(at.get(link.get("source").asString())[1]).as("below the manager")
                        .isGreaterThan(at.get(link.get("target").asString())[1]);
            }
        }
        assertThat(reportsTo).isEqualTo(39);
        assertThat(view.chart().getHeight()).as("the canvas grows with the rows")
                .isEqualTo(MapOption.height(layout(view)) + "px");

        JsonNode head = node(data, people.get(0).id());
        assertThat(head.get("itemStyle").get("color").asString()).isEqualTo(MapOption.COLOURS.get(Attitude.SUPPORTER));
        assertThat(head.get("symbol").asString()).isEqualTo("diamond");
        assertThat(head.get("symbolSize").asInt()).isGreaterThan(node(data, people.get(1).id()).get("symbolSize").asInt());
        JsonNode director = node(data, people.get(1).id());
        assertThat(director.get("itemStyle").get("color").asString()).isEqualTo(MapOption.COLOURS.get(Attitude.OPPONENT));
        assertThat(director.get("label").get("formatter").asString()).contains("Tech").contains("User");
        assertThat(director.get("itemStyle").get("borderType").asString()).as("met today").isEqualTo("solid");
        JsonNode staff = node(data, people.get(10).id());
        assertThat(staff.get("itemStyle").get("color").asString()).isEqualTo(MapOption.NOT_INFLUENCE);
        assertThat(staff.get("itemStyle").get("borderColor").asString()).isEqualTo(MapOption.NOBODY_COLOUR);
        assertThat(staff.get("itemStyle").get("borderType").asString()).isEqualTo("dashed");
        assertThat(view.chart().getOption().get("legend").get("data").toString()).contains("Supporter", "Opponent",
                "Not a buying influence");
    }

    @Test
    void clickingAPersonOpensThemAnEditorAddsALineAndAnotherUsersLinesArriveLive() {
        DealDetails deal = given.newDeal("Map: click");
        ContactDetails head = given.contact(deal.accountId(), "Grace Hopper", null, calendar.today().minusDays(40),
                "rep");
        ContactDetails expert = given.contact(deal.accountId(), "Alan Turing", head.id(), calendar.today(), "rep");
        openAs("rep2", Locale.ENGLISH);
        RelationshipMapView view = openMap(deal);
        PersonDialog dialog = click(view, head.id());
        assertThat(dialog.contactId()).isEqualTo(head.id());
        assertThat(dialog.getHeaderTitle()).isEqualTo("Grace Hopper");
        assertThat(_get(dialog, com.vaadin.flow.component.html.Span.class,
                spec -> spec.withId("relationship-person-gaps")).getText()).contains(
                dialog.getTranslation("relmap.gap.stale", 30));
        @SuppressWarnings("unchecked")
        ComboBox<MapPerson> listensTo = _get(dialog, ComboBox.class, spec -> spec.withId("relationship-listens-to"));
        _setValue(listensTo, view.map().person(expert.id()).orElseThrow());
        _click(_get(dialog, Button.class, spec -> spec.withId("relationship-line-add")));
        assertThat(given.as("rep", () -> maps.map(deal.id())).linesOf(head.id())).singleElement()
                .satisfies(e -> assertThat(e.toContactId()).isEqualTo(expert.id()));
        assertThat(dashed(view)).isEqualTo(1);

        // Another user's changes reach the open map and the open person, without reloading the page.
        PersonDialog theirs = click(view, expert.id());
        assertThat(theirs.isOpened()).isTrue();
        assertThat(_get(theirs, com.vaadin.flow.component.html.Div.class,
                spec -> spec.withId("relationship-person-lines")).getElement().getTextRecursively())
                .contains(theirs.getTranslation("relmap.tooltip.listens", "Grace Hopper", "Alan Turing"));
        MapEdge line = given.as("manager", () -> maps.map(deal.id())).linesOf(head.id()).getFirst();
        given.as("manager", () -> {
            maps.removeLine(deal.id(), line.lineId(), line.version());
            return null;
        });
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(dashed(view)).isZero();
            assertThat(theirs.getElement().getTextRecursively()).contains(theirs.getTranslation("relmap.lines.none"));
        });
        given.as("manager", () -> maps.addLine(deal.id(), new InfluenceLineInput(expert.id(), head.id(), null)));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(dashed(view)).isEqualTo(1);
        });
    }

    @Test
    void theMapSpeaksTheUsersLanguage() {
        DealDetails deal = given.newDeal("Map: 语言");
        ContactDetails head = given.contact(deal.accountId(), "王伟", null, null, null);
        given.influence(deal.id(), head.id(), Set.of(InfluenceRole.COACH), InfluenceLevel.LOW, Attitude.NEUTRAL);
        openAs("admin2");
        RelationshipMapView view = openMap(deal);
        assertThat(view.chart().getOption().get("legend").get("data").toString()).contains("支持者", "反对者");
        assertThat(node(view.chart().getOption().get("series").get(0).get("data"), head.id()).get("label")
                .get("formatter").asString()).contains("教练");
        assertThat(_get(MapLegend.class).getElement().getTextRecursively()).contains("我方无人负责", "30天未联系");
    }

    private RelationshipMapView openMap(DealDetails deal) {
        navigate("deals/" + deal.id());
        selectTab("relmap.tab");
        return _get(RelationshipMapView.class);
    }

    private static PersonDialog click(RelationshipMapView view, long contactId) {
        int index = view.map().people().indexOf(view.map().person(contactId).orElseThrow());
        ComponentUtil.fireEvent(view.chart(), new ChartClickEvent(view.chart(), true, MapOption.SERIES_ID, null,
                view.personAt(index).name(), index, null));
        return _get(PersonDialog.class);
    }

    private static long dashed(RelationshipMapView view) {
        JsonNode links = view.chart().getOption().get("series").get(0).get("links");
        int count = 0;
        for (JsonNode link : links) {
            count += "dashed".equals(link.get("lineStyle").get("type").asString()) ? 1 : 0;
        }
        return count;
    }

    private static JsonNode node(JsonNode data, long contactId) {
        for (JsonNode node : data) {
            if (node.get("id").asString().equals(MapOption.nodeId(contactId))) {
                return node;
            }
        }
        throw new AssertionError("no node for " + contactId);
    }

    private static LayeredLayout.Result layout(RelationshipMapView view) {
        return new MapOption((key, args) -> key).layout(view.map());
    }
}
