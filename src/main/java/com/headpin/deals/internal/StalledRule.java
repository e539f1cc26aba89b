package com.headpin.deals.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.headpin.deals.AttentionFlag;
import com.headpin.deals.AttentionReason;
import com.headpin.deals.DealSummary;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In its stage longer than typical: the reader already worked that out from the history. */
@Component
@Order(10)
class StalledRule implements AttentionRule {

    @Override
    public Map<Long, AttentionFlag> flags(List<DealSummary> deals) {
        return deals.stream().filter(DealSummary::stalled).collect(Collectors.toMap(DealSummary::id,
                deal -> new AttentionFlag(AttentionReason.STALLED, 0)));
    }
}
