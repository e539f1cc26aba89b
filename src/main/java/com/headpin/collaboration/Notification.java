package com.headpin.collaboration;

import java.time.Instant;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** "Someone mentioned you on this record": shown by the bell until read. */
@Entity
@Table(name = "notifications")
class Notification extends BaseEntity {

    @Column(name = "recipient_id", nullable = false)
    private long recipientId;
    @Column(nullable = false, length = 20)
    private String kind = "MENTION";
    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType = "";
    @Column(name = "record_id", nullable = false)
    private long recordId;
    @Column(name = "comment_id")
    private @Nullable Long commentId;
    @Column(name = "actor_id", nullable = false)
    private long actorId;
    @Column(name = "actor_name", nullable = false, length = 100)
    private String actorName = "";
    @Column(nullable = false, length = 200)
    private String excerpt = "";
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;
    @Column(name = "read_at")
    private @Nullable Instant readAt;

    protected Notification() {
    }

    Notification(long recipientId, String recordType, long recordId, long commentId, long actorId, String actorName,
                 String excerpt, Instant now) {
        this.recipientId = recipientId;
        this.recordType = recordType;
        this.recordId = recordId;
        this.commentId = commentId;
        this.actorId = actorId;
        this.actorName = actorName;
        this.excerpt = excerpt;
        this.createdAt = now;
    }

    long getRecipientId() {
        return recipientId;
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    NotificationView toView() {
        return new NotificationView(idOrZero(), recordType, recordId, actorName, excerpt, createdAt,
                readAt != null);
    }
}
