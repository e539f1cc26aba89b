package com.headpin.stakeholders;

import java.util.List;

/**
 * A deal's red flags and strengths: the automatic flags raised now, the manual flags (open first) and the strengths.
 * {@code mayEdit}: the reader may raise, change and delete manual ones (clearing is also for a flag's owner).
 */
public record DealFlags(long dealId, List<AutoFlag> automatic, List<RedFlagRow> flags, List<RedFlagRow> strengths,
                        boolean mayEdit) {

    public DealFlags {
        automatic = List.copyOf(automatic);
        flags = List.copyOf(flags);
        strengths = List.copyOf(strengths);
    }

    /** Automatic flags plus open manual ones: the count the board shows. */
    public int openFlagCount() {
        return automatic.size() + (int) flags.stream().filter(RedFlagRow::isOpen).count();
    }
}
