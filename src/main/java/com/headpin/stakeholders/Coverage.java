package com.headpin.stakeholders;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Who on our side covers a buying influence: the relationship owner from the account plan and the last contact from
 * the contact itself (one source each, never copied here). Names are null when there is nobody.
 */
public record Coverage(@Nullable Long ownerId, @Nullable String ownerName, @Nullable LocalDate lastContactDate,
                       @Nullable Long lastContactById, @Nullable String lastContactByName) {

    public static final Coverage NONE = new Coverage(null, null, null, null, null);

    /** Nobody on our side: no relationship owner and nobody who ever met them. */
    public boolean uncovered() {
        return ownerId == null && lastContactById == null;
    }
}
