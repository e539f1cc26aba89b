package com.headpin.accounts;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Where the 20/80 tiers get an account's value once deals exist: the deals module contributes won plus weighted
 * pipeline per account. Accounts no source values (above the funnel) count with their estimated annual potential.
 */
public interface AccountValueSource {

    /** Value per account id, for the accounts this source knows; others are absent. */
    Map<Long, BigDecimal> values();
}
