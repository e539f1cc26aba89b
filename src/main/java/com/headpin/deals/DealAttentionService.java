package com.headpin.deals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.headpin.deals.internal.AttentionRule;
import com.headpin.deals.internal.Deal;
import com.headpin.deals.internal.DealReader;
import com.headpin.deals.internal.DealRepository;
import com.headpin.deals.internal.DealSpecifications;
import com.headpin.organisation.Visibility;
import com.headpin.security.CurrentUser;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * My open deals that need attention now, for the home view. "Mine": those I own and those on whose deal team I am.
 * Each reason is one {@link AttentionRule} bean (stalled; exit criteria open near the expected close), asked once
 * with all my open deals, so another reason (overdue action items) is one more bean.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DealAttentionService {

    /** How close the expected close must be for open exit criteria to count as a warning. */
    public static final int CLOSE_SOON_DAYS = 30;

    private final DealRepository deals;
    private final DealReader reader;
    private final SalesProcessService process;
    private final Visibility visibility;
    private final CurrentUser currentUser;
    private final List<AttentionRule> rules;

    DealAttentionService(DealRepository deals, DealReader reader, SalesProcessService process, Visibility visibility,
                         CurrentUser currentUser, List<AttentionRule> rules) {
        this.deals = deals;
        this.reader = reader;
        this.process = process;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.rules = rules;
    }

    /** My open deals with at least one reason, soonest expected close first. */
    public List<DealAttention> forMe() {
        // The row rule as well: one's own deals are always visible, but the rule stays the single gate.
        List<Deal> mine = deals.findAll(DealSpecifications.visibleTo(visibility.current())
                .and(DealSpecifications.involving(currentUser.requireId())).and(DealSpecifications.open()),
                Sort.by("expectedClose", "name"));
        if (mine.isEmpty()) {
            return List.of();
        }
        List<DealSummary> summaries = reader.summaries(mine, process.current());
        Map<Long, List<AttentionFlag>> flags = new LinkedHashMap<>();
        for (AttentionRule rule : rules) {
            rule.flags(summaries).forEach((id, flag) -> flags.computeIfAbsent(id, k -> new ArrayList<>()).add(flag));
        }
        return summaries.stream().filter(deal -> flags.containsKey(deal.id()))
                .map(deal -> new DealAttention(deal, flags.get(deal.id()))).toList();
    }
}
