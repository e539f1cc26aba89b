package com.headpin.deals;

import java.util.List;

/**
 * What the deal filters offer, taken from the deals the caller may see: their owners, teams and regions by name, and
 * the fiscal quarters their expected close dates fall in (this quarter always among them).
 */
public record DealFilterOptions(List<Choice> owners, List<Choice> teams, List<Choice> regions,
                                List<CloseQuarter> quarters) {

    public DealFilterOptions {
        owners = List.copyOf(owners);
        teams = List.copyOf(teams);
        regions = List.copyOf(regions);
        quarters = List.copyOf(quarters);
    }

    /** A person or unit to pick. */
    public record Choice(long id, String name) {
    }
}
