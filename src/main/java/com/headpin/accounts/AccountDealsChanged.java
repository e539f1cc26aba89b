package com.headpin.accounts;

import java.util.Set;

/**
 * Deals of these accounts were created or changed in amount, stage, outcome or win probability. The deals module
 * publishes it inside its transaction; accounts handle it after commit, in a transaction of their own, so that a
 * failing recomputation never undoes the deal. It lives here because accounts may not depend on deals.
 *
 * @param accountIds the accounts whose funnel position may have moved; empty when only values changed (a sales
 *                   process probability re-weights every open deal), which re-tiers the company all the same
 */
public record AccountDealsChanged(Set<Long> accountIds) {

    public AccountDealsChanged {
        accountIds = Set.copyOf(accountIds);
    }
}
