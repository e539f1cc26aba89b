package com.headpin.stakeholders;

import java.util.Arrays;
import java.util.List;

/** What a manual red flag or strength is about; each category belongs to one kind. */
public enum FlagCategory {
    MISSING_INFORMATION(FlagKind.FLAG),
    UNCOVERED_INFLUENCE(FlagKind.FLAG),
    NEGATIVE_ATTITUDE(FlagKind.FLAG),
    COMPETITOR_THREAT(FlagKind.FLAG),
    NO_DECISION_MAKER_ACCESS(FlagKind.FLAG),
    TIMING_RISK(FlagKind.FLAG),
    STRONG_COACH(FlagKind.STRENGTH),
    DECISION_MAKER_SUPPORT(FlagKind.STRENGTH),
    SOLUTION_FIT(FlagKind.STRENGTH),
    RELATIONSHIP(FlagKind.STRENGTH),
    OTHER_STRENGTH(FlagKind.STRENGTH);

    private final FlagKind kind;

    FlagCategory(FlagKind kind) {
        this.kind = kind;
    }

    public FlagKind kind() {
        return kind;
    }

    public static List<FlagCategory> of(FlagKind kind) {
        return Arrays.stream(values()).filter(c -> c.kind == kind).toList();
    }

    public String labelKey() {
        return "redflag.category." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
