package com.headpin.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** Failed log-ins of one username; a lock lives here, so every node sees it. */
@Entity
@Table(name = "login_attempts")
class LoginAttempt {

    @Id
    @Column(length = 50)
    private String username;

    @Version
    private long version;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(name = "last_failed_at")
    private @Nullable Instant lastFailedAt;

    @Column(name = "locked_until")
    private @Nullable Instant lockedUntil;

    protected LoginAttempt() {
        this.username = "";
    }

    LoginAttempt(String username) {
        this.username = username;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failure; the {@code maxFailures}-th in a row locks the username until {@code now + lockFor}. */
    void recordFailure(Instant now, int maxFailures, java.time.Duration lockFor) {
        if (isLockedAt(now)) {
            return;
        }
        failedCount++;
        lastFailedAt = now;
        if (failedCount >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedCount = 0;
        }
    }

    void reset() {
        failedCount = 0;
        lockedUntil = null;
    }

    int getFailedCount() {
        return failedCount;
    }

    @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }
}
