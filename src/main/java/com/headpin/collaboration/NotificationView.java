package com.headpin.collaboration;

import java.time.Instant;

/** A notification as the bell lists it. */
public record NotificationView(long id, String recordType, long recordId, String actorName, String excerpt,
                               Instant createdAt, boolean read) {
}
