package com.headpin.resources;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A person of the pool as loaded at {@code version}: who, what they do, where they serve ({@code regionOnly}: only
 * deals of their home region) and how many days per week they give to deals.
 */
public record ResourceSummary(long id, long version, long userId, String fullName, ResourceType type,
                              Set<String> skills, @Nullable Long homeRegionId, @Nullable String homeRegionName,
                              boolean regionOnly, BigDecimal daysPerWeek, boolean active, List<Absence> absences) {

    public ResourceSummary {
        skills = Set.copyOf(skills);
        absences = List.copyOf(absences);
    }

    /** Whether the person may work on a deal of the region: company-wide, or it is their home region. */
    public boolean serves(@Nullable Long dealRegionId) {
        return !regionOnly || (homeRegionId != null && homeRegionId.equals(dealRegionId));
    }
}
