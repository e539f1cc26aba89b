package com.headpin.demo;

import java.time.LocalDate;
import java.util.List;

import com.headpin.HeadpinTest;
import com.headpin.deals.DealChange;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealHistoryEntry;
import com.headpin.deals.DealHistoryService;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealSummary;
import com.headpin.security.SystemAuthentication;
import com.headpin.shared.BusinessCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo deals cover every stage and outcome, with dated histories over the past twelve months. */
@HeadpinTest
class DealDemoDataIT {

    @Autowired
    DealService deals;
    @Autowired
    DealHistoryService history;
    @Autowired
    BusinessCalendar calendar;

    @Test
    void everyStageAndOutcomeWithHistoriesOfTheLastYear() {
        // The first 120 deals are the demo's; tests add theirs later.
        List<DealSummary> demo = SystemAuthentication.runAsAdmin(() -> deals.page(DealFilter.ALL,
                PageRequest.of(0, 120, Sort.by("id"))).getContent());
        assertThat(demo).hasSize(120);
        assertThat(demo).extracting(DealSummary::outcome).contains(DealOutcome.values());
        assertThat(demo.stream().filter(d -> d.outcome() == DealOutcome.OPEN).map(DealSummary::stage))
                .contains(DealStage.SEMINAR, DealStage.EXECUTIVE_MEETING, DealStage.CONSULTING, DealStage.PROPOSAL,
                        DealStage.NEGOTIATION);
        assertThat(demo.stream().filter(d -> d.outcome() == DealOutcome.WON)).allMatch(d -> d.stage()
                == DealStage.SIGNED);
        assertThat(demo).anyMatch(DealSummary::stalled).anyMatch(d -> d.outcome() == DealOutcome.OPEN
                && !d.stalled());

        LocalDate today = calendar.today();
        List<DealHistoryEntry> rows = SystemAuthentication.runAsAdmin(() -> demo.stream()
                .flatMap(d -> history.history(d.id()).stream()).toList());
        assertThat(rows).allMatch(r -> !r.effectiveOn().isBefore(today.minusDays(366))
                && !r.effectiveOn().isAfter(today));
        assertThat(rows).extracting(DealHistoryEntry::change).contains(DealChange.MOVED_FORWARD,
                DealChange.GATE_OVERRIDDEN, DealChange.CHANGED, DealChange.OUTCOME);
        assertThat(rows.stream().map(DealHistoryEntry::effectiveOn).distinct().count()).as("spread over the year")
                .isGreaterThan(100);
    }
}
