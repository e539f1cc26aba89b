package com.headpin.collaboration;

import java.time.Instant;
import java.util.List;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * "Something happened on this record": shown by the bell until read. Holds the message key and its arguments
 * (JSON), never rendered text, so each recipient reads it in their own language.
 */
@Entity
@Table(name = "notifications")
class Notification extends BaseEntity {

    static final int ARGUMENTS_LENGTH = 2000;

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;
    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType = "";
    @Column(name = "record_id", nullable = false)
    private long recordId;
    /** Who acted; none for notifications from scheduled jobs. */
    @Column(name = "actor_id")
    private @Nullable Long actorId;
    @Column(name = "message_key", nullable = false, length = NotificationRequest.MAX_KEY_LENGTH)
    private String messageKey = "";
    @Column(nullable = false, length = ARGUMENTS_LENGTH)
    private String arguments = "[]";
    @Column(nullable = false, length = NotificationRequest.MAX_LINK_LENGTH)
    private String link = "";
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;
    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {
    }

    Notification(long recipientId, NotificationRequest request, String argumentsJson, @Nullable Long actorId,
                 Instant now) {
        this.recipientId = recipientId;
        this.recordType = request.recordType().name();
        this.recordId = request.recordId();
        this.messageKey = request.messageKey();
        this.arguments = argumentsJson;
        this.link = request.link();
        this.actorId = actorId;
        this.createdAt = now;
    }

    long getRecipientId() {
        return recipientId;
    }

    String getRecordType() {
        return recordType;
    }

    long getRecordId() {
        return recordId;
    }

    String getArguments() {
        return arguments;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    String getLink() {
        return link;
    }

    NotificationItem toItem(String recordName, List<Object> decodedArguments) {
        return new NotificationItem(idOrZero(), recordType, recordId, recordName, messageKey, decodedArguments, link,
                createdAt, readAt != null);
    }
}
