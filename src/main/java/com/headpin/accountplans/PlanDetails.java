package com.headpin.accountplans;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** Everything of one account plan that its screen shows; who submitted it last, also after later changes. */
public record PlanDetails(long id, long version, long accountId, int year, PlanStatus status,
                          @Nullable String reviewedByName, @Nullable Instant reviewedAt,
                          @Nullable String submittedByName, @Nullable Instant submittedAt, PlanNarrative narrative,
                          List<String> offerings, List<String> businessUnits, Set<WhitespaceCell> cells,
                          List<GoalRow> goals, List<ActionRow> actions, List<RelationshipRow> relationships) {

    public @Nullable WhitespaceStatus cell(String offering, String businessUnit) {
        return cells.stream().filter(c -> c.offering().equals(offering) && c.businessUnit().equals(businessUnit))
                .map(WhitespaceCell::status).findFirst().orElse(null);
    }
}
