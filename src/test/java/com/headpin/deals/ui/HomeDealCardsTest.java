package com.headpin.deals.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.deals.DealActionInput;
import com.headpin.deals.DealActionService;
import com.headpin.deals.DealAttentionService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealHistoryService;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealInput;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealSummary;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.SalesProcessService;
import com.headpin.deals.TestDeals;
import com.headpin.shared.ActionStatus;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.ui.chart.Chart;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The deals' home cards: a rep's deals needing attention (stalled; closing soon with exit criteria open; action
 * items overdue), live; a
 * director's open pipeline by stage, with the totals of the part of the company they see, in either language.
 */
class HomeDealCardsTest extends KaribuTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    DealService deals;
    @Autowired
    SalesProcessService processes;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    DealHistoryService history;
    @Autowired
    DealAttentionService attention;
    @Autowired
    DealActionService dealActions;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @Test
    void aRepSeesTheirStalledDealFirstAndADealClosingWithCriteriaOpenJoinsLive() {
        LocalDate today = calendar.today();
        DealInput draft = test.as("rep3", () -> deals.draft(test.accountId("山西焦化")));
        DealDetails stalled = test.as("admin", () -> history.backdated(today.minusMonths(6), () -> deals.create(
                draft.withName("Attention: coking plant sensors").withAmount(BigDecimal.valueOf(500_000),
                        today.plusDays(5)))));
        int open = test.as("rep3", () -> processes.current().stage(DealStage.SEMINAR).exitCriteria().size());
        String closing = open == 1 ? "Closing with 1 exit criterion open"
                : "Closing with " + open + " exit criteria open";

        openAs("rep3");
        navigate("");
        assertThat(lines().getFirst()).isEqualTo("Attention: coking plant sensors");
        assertThat(reasons("Attention: coking plant sensors")).containsExactly("Stalled", closing);
        assertThat(lines()).hasSizeLessThanOrEqualTo(AttentionCard.MAX_SHOWN);
        // Every stalled deal of rep3's is on the list (the card shows its first lines).
        List<Long> flagged = test.as("rep3", () -> attention.forMe()).stream().map(a -> a.deal().id()).toList();
        assertThat(flagged).containsAll(test.as("rep3", () -> deals.page(new DealFilter("", test.userId("rep3"),
                null, null, DealOutcome.OPEN), Pageable.unpaged()).getContent()).stream()
                .filter(DealSummary::stalled).map(DealSummary::id).toList());

        DealDetails created = test.create("rep3", "大同煤业能源", "Attention: coal handling upgrade", 300_000);
        test.as("rep3", () -> deals.update(created.id(), DealInput.from(created).withAmount(created.amount(),
                today.plusDays(10))));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(lines()).startsWith("Attention: coking plant sensors", "Attention: coal handling upgrade");
        });
        assertThat(reasons("Attention: coal handling upgrade")).containsExactly(closing);
        RouterLink link = _get(card(), RouterLink.class, spec -> spec.withText("Attention: coal handling upgrade"));
        assertThat(link.getHref()).isEqualTo("deals/" + created.id());
        assertThat(stalled.ownerId()).isEqualTo(test.userId("rep3"));

        // An action item of the deal past its due date adds its own reason, live.
        test.as("rep3", () -> dealActions.save(stalled.id(), null, new DealActionInput(0, "Send the sensor spec",
                test.userId("rep3"), today.minusDays(2), ActionStatus.OPEN)));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(reasons("Attention: coking plant sensors")).containsExactly("Stalled", closing,
                    "1 action overdue");
        });
    }

    @Test
    void aDirectorSeesTheOpenPipelineOfTheirPartByStage() {
        openAs("north.director");
        navigate("");
        SalesProcess process = processes.current();
        List<DealSummary> open = test.as("north.director", () -> deals.page(new DealFilter("", null, null, null,
                DealOutcome.OPEN), Pageable.unpaged()).getContent());
        List<String> labels = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        List<BigDecimal> weighted = new ArrayList<>();
        for (DealStage stage : List.of(DealStage.SEMINAR, DealStage.EXECUTIVE_MEETING, DealStage.CONSULTING,
                DealStage.PROPOSAL, DealStage.NEGOTIATION)) {
            List<DealSummary> at = open.stream().filter(d -> d.stage() == stage).toList();
            BigDecimal sum = at.stream().map(DealSummary::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            labels.add(process.stage(stage).nameEn() + " (" + at.size() + ")");
            amounts.add(sum);
            weighted.add(sum.multiply(BigDecimal.valueOf(process.probability(stage)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
        }
        assertThat(open).as("North's open deals and those of rep3's deal teams").isNotEmpty();

        ObjectNode option = chart().getOption();
        assertThat(option.at("/xAxis/data").valueStream().map(JsonNode::asString).toList()).isEqualTo(labels);
        assertThat(option.at("/yAxis/axisLabel/formatter").asString()).isEqualTo("@format:yuanCompact");
        assertThat(option.at("/series/0/name").asString()).isEqualTo("Amount");
        assertThat(option.at("/series/1/name").asString()).isEqualTo("Weighted");
        assertThat(values(option, 0)).usingElementComparator(BigDecimal::compareTo).isEqualTo(amounts);
        assertThat(values(option, 1)).usingElementComparator(BigDecimal::compareTo).isEqualTo(weighted);
    }

    @Test
    void theChartSpeaksChineseAndARepHasNone() {
        openAs("manager", Locale.SIMPLIFIED_CHINESE);
        navigate("");
        ObjectNode option = chart().getOption();
        String seminar = processes.current().stage(DealStage.SEMINAR).nameZh();
        assertThat(option.at("/xAxis/data/0").asString()).startsWith(seminar + "（").endsWith(" 个）");
        assertThat(option.at("/series/0/name").asString()).isEqualTo("金额");
        assertThat(option.at("/series/1/name").asString()).isEqualTo("加权金额");
        MockVaadin.tearDown();

        openAs("rep3");
        navigate("");
        _assertNone(StageTotalsChart.class);
        _get(AttentionCard.class);
    }

    private static Chart chart() {
        return _get(StageTotalsChart.class, spec -> spec.withId("home-stage-totals")).chart();
    }

    private static AttentionCard card() {
        return _get(AttentionCard.class, spec -> spec.withId("home-deal-attention"));
    }

    /** The deals on the card, top down. */
    private static List<String> lines() {
        return _find(card(), Div.class, spec -> spec.withClasses("attention-deal")).stream()
                .map(line -> _get(line, RouterLink.class).getText()).toList();
    }

    /** The reason badges on the card's line for the named deal. */
    private static List<String> reasons(String dealName) {
        Div line = _find(card(), Div.class, spec -> spec.withClasses("attention-deal")).stream()
                .filter(d -> _find(d, RouterLink.class, spec -> spec.withText(dealName)).size() == 1).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + dealName));
        return _find(line, Span.class, spec -> spec.withClasses("attention-reason")).stream().map(Span::getText)
                .toList();
    }

    private static List<BigDecimal> values(ObjectNode option, int series) {
        return option.at("/series/" + series + "/data").valueStream().map(JsonNode::decimalValue).toList();
    }
}
