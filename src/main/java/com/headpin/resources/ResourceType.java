package com.headpin.resources;

import java.util.Locale;

import com.headpin.deals.DealRole;

/**
 * What a resource does on deals. Each type works in one {@link DealRole} of the sales process, whose effort per stage
 * pre-fills requests and makes the demand (a solution architect does the technical support's share, an executive
 * sponsor the director's).
 */
public enum ResourceType {
    CONSULTANT(DealRole.CONSULTANT),
    SOLUTION_ARCHITECT(DealRole.TECHNICAL_SUPPORT),
    EXECUTIVE_SPONSOR(DealRole.DIRECTOR),
    LEGAL(DealRole.LEGAL),
    FINANCE(DealRole.FINANCE),
    TECHNICAL_SUPPORT(DealRole.TECHNICAL_SUPPORT),
    SERVICE(DealRole.SERVICE);

    private final DealRole dealRole;

    ResourceType(DealRole dealRole) {
        this.dealRole = dealRole;
    }

    public DealRole dealRole() {
        return dealRole;
    }

    public String labelKey() {
        return "resource.type." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
