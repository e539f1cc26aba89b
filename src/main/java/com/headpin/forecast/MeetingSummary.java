package com.headpin.forecast;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A forecast meeting in the list: whose, for which period, who runs it, when, and how many attended. */
public record MeetingSummary(long id, long version, long unitId, String unitName, Period period, MeetingStatus status,
                             long openedById, String openedByName, long presenterId, String presenterName,
                             Instant startedAt, @Nullable Instant endedAt, long attendeeCount) {
}
