package com.headpin.deals;

/** How many deals and accounts a handover moved. */
public record HandedOver(int deals, int accounts) {
}
