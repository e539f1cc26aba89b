package com.headpin.deals;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The company's sales process as saved at {@code version}: weeks of prospecting before the seminar, the six stages
 * in order and the proposal's deliverables. The one copy other modules read (effort per role, ratios).
 */
public record SalesProcess(long version, int prospectingWeeks, List<StageSettings> stages,
                           List<Deliverable> deliverables, Instant updatedAt, @Nullable Long updatedBy,
                           int noContactFlagDays) {

    /** Days without contact with a key decision maker before a red flag, unless the company sets another. */
    public static final int DEFAULT_NO_CONTACT_FLAG_DAYS = 30;

    public SalesProcess(long version, int prospectingWeeks, List<StageSettings> stages,
                        List<Deliverable> deliverables, Instant updatedAt, @Nullable Long updatedBy) {
        this(version, prospectingWeeks, stages, deliverables, updatedAt, updatedBy, DEFAULT_NO_CONTACT_FLAG_DAYS);
    }

    public SalesProcess {
        stages = List.copyOf(stages);
        deliverables = List.copyOf(deliverables);
    }

    public StageSettings stage(DealStage stage) {
        return stages.get(stage.ordinal());
    }

    /** Prospecting plus every stage's typical duration: how far ahead a new deal is expected to close. */
    public int typicalCycleWeeks() {
        return prospectingWeeks + stages.stream().mapToInt(StageSettings::typicalWeeks).sum();
    }

    /** Win probability on reaching the stage, in percent. */
    public int probability(DealStage stage) {
        return stage(stage).probability();
    }
}
