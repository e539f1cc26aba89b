package com.headpin.accounts;

import java.math.BigDecimal;

/** Projection for tiering: no entity loading for thousands of accounts. */
record AccountValueRow(long id, BigDecimal annualPotential, Tier tier) {
}
