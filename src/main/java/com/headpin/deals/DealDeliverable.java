package com.headpin.deals;

/**
 * A proposal deliverable as one deal stands with it. {@code retired}: removed from the sales process since the deal
 * marked it; still shown on that deal, so what was done stays visible.
 */
public record DealDeliverable(long id, String name, DeliverableState state, boolean retired) {
}
