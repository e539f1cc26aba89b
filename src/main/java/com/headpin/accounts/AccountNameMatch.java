package com.headpin.accounts;

import org.jspecify.annotations.Nullable;

/** An account an import named, by its name or other-script name, with the team a new record on it defaults to. */
public record AccountNameMatch(long id, String name, @Nullable String altName, @Nullable Long teamId) {
}
