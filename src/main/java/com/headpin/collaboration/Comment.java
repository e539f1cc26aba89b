package com.headpin.collaboration;

import java.time.Instant;

import com.headpin.shared.BaseEntity;
import com.headpin.shared.RecordType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A plain-text comment on any record; the author's name is kept as it was when they wrote it. */
@Entity
@Table(name = "comments")
class Comment extends BaseEntity {

    @Column(name = "record_type", nullable = false, length = 40)
    private String recordType = "";
    @Column(name = "record_id", nullable = false)
    private long recordId;
    @Column(name = "author_id", nullable = false)
    private long authorId;
    @Column(name = "author_name", nullable = false, length = 100)
    private String authorName = "";
    @Column(nullable = false, length = 4000)
    private String body = "";
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;
    @Column(name = "edited_at")
    private @Nullable Instant editedAt;
    @Column(nullable = false)
    private boolean deleted;

    protected Comment() {
    }

    Comment(RecordType recordType, long recordId, long authorId, String authorName, String body, Instant now) {
        this.recordType = recordType.name();
        this.recordId = recordId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = now;
    }

    RecordType getRecordType() {
        return RecordType.of(recordType);
    }

    long getRecordId() {
        return recordId;
    }

    long getAuthorId() {
        return authorId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void edit(String newBody, Instant now) {
        body = newBody;
        editedAt = now;
    }

    void delete() {
        deleted = true;
    }

    CommentItem toItem() {
        return new CommentItem(requireId(), getVersion(), recordType, recordId, authorId, authorName, body, createdAt,
                editedAt);
    }
}
