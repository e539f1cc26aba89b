package com.headpin.deals;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** A user's changes to the sales process, made on {@code version}: all six stages and the deliverables, in order. */
public record SalesProcessInput(long version, @Nullable Integer prospectingWeeks, List<StageInput> stages,
                                List<String> deliverables, @Nullable Integer noContactFlagDays) {

    /** Changes that leave the red-flag days as they are. */
    public SalesProcessInput(long version, @Nullable Integer prospectingWeeks, List<StageInput> stages,
                             List<String> deliverables) {
        this(version, prospectingWeeks, stages, deliverables, null);
    }

    public SalesProcessInput {
        stages = List.copyOf(stages);
        deliverables = List.copyOf(deliverables);
    }

    public static SalesProcessInput from(SalesProcess process) {
        return new SalesProcessInput(process.version(), process.prospectingWeeks(),
                process.stages().stream().map(StageInput::from).toList(),
                process.deliverables().stream().map(Deliverable::name).toList(), process.noContactFlagDays());
    }
}
