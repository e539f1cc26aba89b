package com.headpin.accounts;

/** How many accounts of one tier stand at one funnel position. */
public record TierFunnelCount(Tier tier, FunnelPosition position, long count) {
}
