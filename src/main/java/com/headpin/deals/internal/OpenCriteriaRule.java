package com.headpin.deals.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.deals.AttentionFlag;
import com.headpin.deals.AttentionReason;
import com.headpin.deals.DealAttentionService;
import com.headpin.deals.DealSummary;
import com.headpin.deals.ExitCriterion;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.SalesProcessService;
import com.headpin.shared.BusinessCalendar;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Expected to close soon (or the date has passed) with exit criteria of the current stage still unticked: one query
 * for the ticks of all deals concerned.
 */
@Component
@Order(20)
class OpenCriteriaRule implements AttentionRule {

    private final DealRepository deals;
    private final SalesProcessService processes;
    private final BusinessCalendar calendar;

    OpenCriteriaRule(DealRepository deals, SalesProcessService processes, BusinessCalendar calendar) {
        this.deals = deals;
        this.processes = processes;
        this.calendar = calendar;
    }

    @Override
    public Map<Long, AttentionFlag> flags(List<DealSummary> candidates) {
        LocalDate horizon = calendar.today().plusDays(DealAttentionService.CLOSE_SOON_DAYS);
        List<DealSummary> closing = candidates.stream().filter(d -> !d.expectedClose().isAfter(horizon)).toList();
        if (closing.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Long>> ticked = deals.checkedCriteria(closing.stream().map(DealSummary::id).toList())
                .stream().collect(Collectors.groupingBy(DealRepository.CheckedCriterion::getDealId,
                        Collectors.mapping(DealRepository.CheckedCriterion::getCriterionId, Collectors.toSet())));
        SalesProcess process = processes.current();
        Map<Long, AttentionFlag> flags = new HashMap<>();
        for (DealSummary deal : closing) {
            Set<Long> done = ticked.getOrDefault(deal.id(), Set.of());
            int open = (int) process.stage(deal.stage()).exitCriteria().stream().map(ExitCriterion::id)
                    .filter(id -> !done.contains(id)).count();
            if (open > 0) {
                flags.put(deal.id(), new AttentionFlag(AttentionReason.CLOSING_WITH_OPEN_CRITERIA, open));
            }
        }
        return flags;
    }
}
