package com.headpin.accounts;

import java.util.List;

/** A director's edit of a criterion ({@code version} ignored on create). */
public record CriterionInput(long version, String name, int weight, boolean active, List<String> levels) {

    public CriterionInput {
        levels = List.copyOf(levels);
    }
}
