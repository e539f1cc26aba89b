package com.headpin.collaboration;

import java.time.Instant;
import java.util.List;

/** A notification as the bell lists it: still a key and its arguments, translated by whoever shows it. */
public record NotificationItem(long id, String recordType, long recordId, String messageKey, List<Object> arguments,
                               String link, Instant createdAt, boolean read) {

    public NotificationItem {
        arguments = List.copyOf(arguments);
    }
}
