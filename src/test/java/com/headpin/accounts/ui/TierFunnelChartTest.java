package com.headpin.accounts.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Tier;
import com.headpin.shared.ui.chart.Chart;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The home chart of accounts by tier and funnel position: what the user may see, translated, updated live. */
class TierFunnelChartTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Test
    void aRepSeesTheCountsOfTheirAccountsAndTheyFollowAChange() {
        openAs("rep3", Locale.ENGLISH);
        navigate("");
        List<AccountSummary> mine = accounts.page(AccountFilter.ALL_ACTIVE, Pageable.unpaged()).getContent();
        ObjectNode option = chart().getOption();
        assertThat(option.at("/xAxis/data").toString()).isEqualTo("[\"Tier A\",\"Tier B\",\"Tier C\"]");
        assertThat(texts(option, "name")).containsExactly("Above the funnel", "In the funnel", "Below the funnel");
        assertThat(bars(option)).isEqualTo(expectedBars(mine)).isNotEqualTo(expectedBars(List.of()));

        AccountSummary moved = mine.stream().filter(a -> a.funnelPosition() == FunnelPosition.ABOVE).findFirst()
                .orElseThrow();
        AccountDetails details = accounts.find(moved.id()).orElseThrow();
        accounts.update(moved.id(), withFunnel(AccountInput.from(details), FunnelPosition.IN));
        List<AccountSummary> after = accounts.page(AccountFilter.ALL_ACTIVE, Pageable.unpaged()).getContent();
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(bars(chart().getOption())).isEqualTo(expectedBars(after));
        });
        accounts.update(moved.id(), withFunnel(AccountInput.from(accounts.find(moved.id()).orElseThrow()),
                FunnelPosition.ABOVE));
    }

    @Test
    void labelsAreChineseInAChineseUi() {
        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        navigate("");
        ObjectNode option = chart().getOption();
        assertThat(texts(option, "name")).containsExactly("漏斗之上", "漏斗之中", "漏斗之下");
        assertThat(option.at("/yAxis/name").asString()).isEqualTo("客户数");
        assertThat(option.at("/xAxis/data/0").asString()).isEqualTo("A 类");
    }

    private static Chart chart() {
        return _get(TierFunnelChart.class, spec -> spec.withId("home-tier-funnel")).chart();
    }

    /** Per series (above, in, below): the count for tiers A, B, C. */
    private static List<List<Long>> bars(ObjectNode option) {
        List<List<Long>> bars = new ArrayList<>();
        option.get("series").forEach(series -> bars.add(series.get("data").valueStream().map(JsonNode::asLong)
                .toList()));
        return bars;
    }

    private static List<List<Long>> expectedBars(List<AccountSummary> visible) {
        List<List<Long>> bars = new ArrayList<>();
        for (FunnelPosition position : FunnelPosition.values()) {
            List<Long> perTier = new ArrayList<>();
            for (Tier tier : Tier.values()) {
                perTier.add(visible.stream().filter(a -> a.tier() == tier && a.funnelPosition() == position).count());
            }
            bars.add(perTier);
        }
        return bars;
    }

    private static AccountInput withFunnel(AccountInput in, FunnelPosition position) {
        return new AccountInput(in.version(), in.name(), in.altName(), in.industry(), in.nature(), in.sizeBand(),
                in.regionId(), in.teamId(), in.ownerId(), position, in.parentId(), in.address(), in.website(),
                in.notes(), in.annualPotential(), in.tierOverride(), in.team());
    }

    private static List<String> texts(ObjectNode option, String field) {
        return option.get("series").valueStream().map(series -> series.get(field).asString()).toList();
    }
}
