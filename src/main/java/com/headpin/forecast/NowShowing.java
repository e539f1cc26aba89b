package com.headpin.forecast;

import org.jspecify.annotations.Nullable;

/**
 * The presenter's "now showing" in a forecast meeting, broadcast on {@code ForecastTopics.MEETING.topic(meetingId)}
 * (nothing stored by the broadcast itself: the meeting row keeps the position for late joiners).
 */
public record NowShowing(long meetingId, @Nullable Long repId, @Nullable Long dealId, long presenterId) {
}
