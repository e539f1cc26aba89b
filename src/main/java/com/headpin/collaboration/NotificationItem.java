package com.headpin.collaboration;

import java.time.Instant;
import java.util.List;

/**
 * A notification as the bell lists it: still a key and its arguments, translated by whoever shows it;
 * {@code recordName} is what the reader calls the record now, in their language ("" when its module names none).
 */
public record NotificationItem(long id, String recordType, long recordId, String recordName, String messageKey,
                               List<Object> arguments, String link, Instant createdAt, boolean read) {

    public NotificationItem {
        arguments = List.copyOf(arguments);
    }
}
