package com.headpin.deals.internal;

import java.util.List;
import java.util.Map;

import com.headpin.deals.AttentionFlag;
import com.headpin.deals.DealSummary;

/**
 * One reason a deal of mine needs attention (stalled, criteria open near the close, …). Each rule is a bean, asked
 * in {@link org.springframework.core.annotation.Order} with all of the caller's open deals at once, so a rule
 * that needs its own data (overdue action items) loads it with one query for all of them.
 */
public interface AttentionRule {

    /** Per deal id, the flag this rule raises; deals it has nothing to say about are absent. */
    Map<Long, AttentionFlag> flags(List<DealSummary> deals);
}
