package com.headpin.stakeholders;

import java.util.List;
import java.util.Map;

/**
 * The win-results exercise of one deal: its buying influences, the win results on each (by influence id, in the
 * order they were given; a person without any is left out), the catalogue's active entries to pick from, and
 * whether the caller may sort them.
 */
public record WinResultsBoard(List<InfluenceRow> influences, Map<Long, List<PersonalWinResult>> byInfluence,
                              List<StandardWinResult> pool, boolean mayEdit) {

    public WinResultsBoard {
        influences = List.copyOf(influences);
        byInfluence = Map.copyOf(byInfluence);
        pool = List.copyOf(pool);
    }

    public List<PersonalWinResult> of(long influenceId) {
        return byInfluence.getOrDefault(influenceId, List.of());
    }
}
