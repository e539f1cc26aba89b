package com.headpin.resources;

import java.math.BigDecimal;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A person made assignable or changed ({@code version} 0 for a new one: then {@code userId} names the user). */
public record ResourceInput(long version, long userId, @Nullable ResourceType type, Set<String> skills,
                            @Nullable Long homeRegionId, boolean regionOnly, @Nullable BigDecimal daysPerWeek,
                            boolean active) {

    public ResourceInput {
        skills = Set.copyOf(skills);
    }
}
