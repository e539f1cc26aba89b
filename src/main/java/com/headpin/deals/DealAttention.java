package com.headpin.deals;

import java.util.List;

/** One of my open deals that needs attention, with every reason found, in the rules' order. */
public record DealAttention(DealSummary deal, List<AttentionFlag> flags) {

    public DealAttention {
        flags = List.copyOf(flags);
    }
}
