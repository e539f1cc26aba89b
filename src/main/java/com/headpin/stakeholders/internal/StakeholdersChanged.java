package com.headpin.stakeholders.internal;

/**
 * Something about a deal's people changed (an influence, its roles or attitude, win results, a contact logged):
 * published inside the changing transaction by this module's services, so that the computed red flags of the deal
 * are checked again after commit.
 */
public record StakeholdersChanged(long dealId) {
}
