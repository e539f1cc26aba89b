package com.headpin.accounts.internal;

import com.headpin.accounts.Tier;

import java.math.BigDecimal;

/** Projection for tiering: no entity loading for thousands of accounts. */
public record AccountValueRow(long id, BigDecimal annualPotential, Tier tier) {
}
