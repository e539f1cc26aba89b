package com.headpin.accounts;

import java.util.List;

/** A scorecard criterion as views show it; {@code levels} holds six descriptions, for scores 0 to 5. */
public record Criterion(long id, long version, String name, int weight, int sortOrder, boolean active,
                        List<String> levels) {

    public Criterion {
        levels = List.copyOf(levels);
    }
}
