package com.headpin.shared;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.envers.NotAudited;

/**
 * A versioned entity that also records when it was created and last changed (columns {@code created_at} and
 * {@code updated_at}); the times come from the caller's clock and never belong in the field history.
 */
@MappedSuperclass
public abstract class TimestampedEntity extends BaseEntity {

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    protected void created(Instant now) {
        createdAt = now;
        updatedAt = now;
    }

    protected void touched(Instant now) {
        updatedAt = now;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
