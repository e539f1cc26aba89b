package com.headpin.accounts;

import java.util.Collection;
import java.util.Map;

/**
 * Where an account's funnel position comes from once it has deals: the deals module says in (an open deal), below
 * (won, none open) or above (its deals were all lost or delayed). An account without deals keeps the position its
 * team chose, e.g. a customer signed before the team used Headpin.
 */
public interface FunnelPositionSource {

    /** The position of each of {@code accountIds} that has deals; accounts without deals are absent. */
    Map<Long, FunnelPosition> positions(Collection<Long> accountIds);
}
