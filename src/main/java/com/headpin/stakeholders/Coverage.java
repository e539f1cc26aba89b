package com.headpin.stakeholders;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Who on our side covers a buying influence: the relationship owner from the account plan and the last contact from
 * the contact itself (one source each, never copied here). Names are null when there is nobody.
 * {@code noRecentContact}: nobody met them in the last {@code gapDays} days (or ever), the sales process's "days
 * without contact before a red flag", which the section, the map and the red flags all use.
 */
public record Coverage(@Nullable Long ownerId, @Nullable String ownerName, @Nullable LocalDate lastContactDate,
                       @Nullable Long lastContactById, @Nullable String lastContactByName, int gapDays,
                       boolean noRecentContact) {

    /** Nobody on our side: no relationship owner and nobody who ever met them. */
    public boolean uncovered() {
        return ownerId == null && lastContactById == null;
    }
}
