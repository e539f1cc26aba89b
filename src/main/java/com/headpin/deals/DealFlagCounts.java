package com.headpin.deals;

import java.util.Collection;
import java.util.Map;

/**
 * Red flags per deal for the board's cards, contributed by the module that raises them ([Stakeholders]); a deal
 * left out has none. Called once per lane page with all its deals: answer with one query, not one per deal.
 */
public interface DealFlagCounts {

    Map<Long, Integer> counts(Collection<Long> dealIds);
}
