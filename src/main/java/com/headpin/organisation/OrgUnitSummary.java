package com.headpin.organisation;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** One unit of the organisation tree, with its manager and (for teams) members, by user id. */
public record OrgUnitSummary(long id, long version, String name, UnitType type, @Nullable Long parentId,
                             @Nullable Long managerId, Set<Long> memberIds) {
}
