package com.headpin.deals.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.headpin.deals.AttentionFlag;
import com.headpin.deals.AttentionReason;
import com.headpin.deals.DealSummary;
import com.headpin.shared.BusinessCalendar;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Action items of the deal past their due date and not done, whoever owns them: one grouped count for all deals. */
@Component
@Order(30)
class OverdueActionsRule implements AttentionRule {

    private final DealActionRepository actions;
    private final BusinessCalendar calendar;

    OverdueActionsRule(DealActionRepository actions, BusinessCalendar calendar) {
        this.actions = actions;
        this.calendar = calendar;
    }

    @Override
    public Map<Long, AttentionFlag> flags(List<DealSummary> deals) {
        if (deals.isEmpty()) {
            return Map.of();
        }
        return actions.overdueByDeal(deals.stream().map(DealSummary::id).toList(), calendar.today()).stream()
                .collect(Collectors.toMap(DealActionRepository.OverdueCount::getDealId,
                        count -> new AttentionFlag(AttentionReason.ACTIONS_OVERDUE, (int) count.getOverdue())));
    }
}
