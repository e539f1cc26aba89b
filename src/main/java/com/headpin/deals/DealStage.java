package com.headpin.deals;

import java.util.Optional;

/**
 * The six funnel stages, in order. Their names, probabilities and typical durations are company settings
 * ({@link SalesProcess}); the stage itself is stored by its number.
 */
public enum DealStage {
    SEMINAR, EXECUTIVE_MEETING, CONSULTING, PROPOSAL, NEGOTIATION, SIGNED;

    /** 1 (seminar) to 6 (signed). */
    public int number() {
        return ordinal() + 1;
    }

    public static DealStage of(int number) {
        if (number < 1 || number > values().length) {
            throw new IllegalArgumentException("No stage " + number);
        }
        return values()[number - 1];
    }

    public Optional<DealStage> next() {
        return this == SIGNED ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
    }

    public Optional<DealStage> previous() {
        return this == SEMINAR ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
    }

    /** Whether a deal can still be worked on at this stage (all but signed). */
    public boolean isOpenStage() {
        return this != SIGNED;
    }
}
