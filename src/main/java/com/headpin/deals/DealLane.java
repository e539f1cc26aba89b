package com.headpin.deals;

import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** A lane of the war-room board: the five open stages, then won, lost and delayed. */
public enum DealLane {
    SEMINAR(DealStage.SEMINAR), EXECUTIVE_MEETING(DealStage.EXECUTIVE_MEETING), CONSULTING(DealStage.CONSULTING),
    PROPOSAL(DealStage.PROPOSAL), NEGOTIATION(DealStage.NEGOTIATION), WON(null), LOST(null), DELAYED(null);

    private final @Nullable DealStage stage;

    DealLane(@Nullable DealStage stage) {
        this.stage = stage;
    }

    /** The open stage of a stage lane; empty for an outcome lane. */
    public Optional<DealStage> stage() {
        return Optional.ofNullable(stage);
    }

    /** The outcome a deal in this lane has. */
    public DealOutcome outcome() {
        return switch (this) {
            case WON -> DealOutcome.WON;
            case LOST -> DealOutcome.LOST;
            case DELAYED -> DealOutcome.DELAYED;
            default -> DealOutcome.OPEN;
        };
    }

    /** Where a deal shows: its stage while open, else its outcome. */
    public static DealLane of(DealStage stage, DealOutcome outcome) {
        return switch (outcome) {
            case WON -> WON;
            case LOST -> LOST;
            case DELAYED -> DELAYED;
            // An open deal is never at "signed" (signing is winning); should one be, it shows in negotiation.
            case OPEN -> stage == DealStage.SIGNED ? NEGOTIATION : values()[stage.ordinal()];
        };
    }

    /** For element ids: {@code seminar}, {@code won}, … */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
