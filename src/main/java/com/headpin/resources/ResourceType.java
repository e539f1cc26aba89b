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

    /**
     * The type that does a role's effort in demand where several could (a solution architect does technical support
     * too, but demand counts technical support for it); none for the rep's own selling.
     */
    public static java.util.Optional<ResourceType> doer(DealRole role) {
        return switch (role) {
            case CONSULTANT -> java.util.Optional.of(CONSULTANT);
            case TECHNICAL_SUPPORT -> java.util.Optional.of(TECHNICAL_SUPPORT);
            case DIRECTOR -> java.util.Optional.of(EXECUTIVE_SPONSOR);
            case LEGAL -> java.util.Optional.of(LEGAL);
            case FINANCE -> java.util.Optional.of(FINANCE);
            case SERVICE -> java.util.Optional.of(SERVICE);
            case SALES -> java.util.Optional.empty();
        };
    }

    public String labelKey() {
        return "resource.type." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
