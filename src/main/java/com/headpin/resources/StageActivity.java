package com.headpin.resources;

import java.util.Locale;

import com.headpin.deals.DealStage;

/** The stage activity a resource is requested for, and the funnel stage whose effort settings pre-fill it. */
public enum StageActivity {
    SEMINAR(DealStage.SEMINAR),
    EXECUTIVE_MEETING(DealStage.EXECUTIVE_MEETING),
    CONSULTING(DealStage.CONSULTING),
    PROPOSAL_WRITING(DealStage.PROPOSAL),
    PROOF_OF_CONCEPT(DealStage.PROPOSAL),
    NEGOTIATION(DealStage.NEGOTIATION);

    private final DealStage stage;

    StageActivity(DealStage stage) {
        this.stage = stage;
    }

    public DealStage stage() {
        return stage;
    }

    /** The activity a deal at this stage most likely needs help with. */
    public static StageActivity of(DealStage stage) {
        return switch (stage) {
            case SEMINAR -> SEMINAR;
            case EXECUTIVE_MEETING -> EXECUTIVE_MEETING;
            case CONSULTING -> CONSULTING;
            case PROPOSAL -> PROPOSAL_WRITING;
            case NEGOTIATION, SIGNED -> NEGOTIATION;
        };
    }

    public String labelKey() {
        return "resource.activity." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
