package com.headpin.organisation;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An administrator's edit of a unit, made on the version the form was loaded with. */
public record UnitChanges(long id, long version, @Nullable String name, @Nullable Long managerId,
                          Set<Long> memberIds) {
}
