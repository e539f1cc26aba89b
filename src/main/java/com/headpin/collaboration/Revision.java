package com.headpin.collaboration;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.jspecify.annotations.Nullable;

/**
 * One saving transaction that changed audited records: when, and who. The name is kept as it was then, so history
 * reads the same after a user is renamed.
 */
@Entity
@Table(name = "revisions")
@RevisionEntity(RevisionUserListener.class)
class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revision_timestamp", nullable = false)
    private long timestamp;

    @Column(name = "user_id")
    private @Nullable Long userId;

    @Column(name = "user_name", length = 100)
    private @Nullable String userName;

    long getId() {
        return id;
    }

    Instant at() {
        return Instant.ofEpochMilli(timestamp);
    }

    /** 0 for the system (demo data, migrations). */
    long userId() {
        return userId == null ? 0 : userId;
    }

    String userName() {
        return userName == null ? "" : userName;
    }

    void stamp(Instant at, @Nullable Long userId, @Nullable String userName) {
        this.timestamp = at.toEpochMilli();
        this.userId = userId;
        this.userName = userName;
    }
}
