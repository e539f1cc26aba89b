package com.headpin.security;

import java.time.Duration;
import java.time.Instant;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Recent failed log-ins from one client address, for one username or (username {@value #ANY_USERNAME}) for all of
 * them. A wait lives here, in the database, so every node sees it.
 */
@Entity
@Table(name = "login_attempts")
class LoginAttempt extends BaseEntity {

    /** The username of an address's count over all usernames. */
    static final String ANY_USERNAME = "";
    static final int USERNAME_MAX_LENGTH = 50;
    static final int ADDRESS_MAX_LENGTH = 45;

    @Column(nullable = false, length = USERNAME_MAX_LENGTH)
    private String username;

    @Column(name = "client_address", nullable = false, length = ADDRESS_MAX_LENGTH)
    private String clientAddress;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Column(name = "first_failed_at", nullable = false)
    private Instant firstFailedAt;

    @Column(name = "last_failed_at", nullable = false)
    private Instant lastFailedAt;

    @Column(name = "blocked_until")
    private @Nullable Instant blockedUntil;

    protected LoginAttempt() {
        this.username = "";
        this.clientAddress = "";
        this.firstFailedAt = Instant.EPOCH;
        this.lastFailedAt = Instant.EPOCH;
    }

    LoginAttempt(String username, String clientAddress, Instant now) {
        this.username = username;
        this.clientAddress = clientAddress;
        this.firstFailedAt = now;
        this.lastFailedAt = now;
    }

    boolean isBlockedAt(Instant now) {
        return blockedUntil != null && blockedUntil.isAfter(now);
    }

    /**
     * A wrong password for this username from this address. From the {@code maxFailures}-th on, each failure makes
     * the next try wait, twice as long each time up to {@code maxDelay}; a day without failures forgets them.
     */
    void failedForUsername(Instant now, LoginThrottleProperties rules) {
        if (!lastFailedAt.plus(rules.forgetAfter()).isAfter(now)) {
            startOver(now);
        }
        count(now);
        int beyond = failedCount - rules.maxFailures();
        if (beyond >= 0) {
            blockedUntil = now.plus(doubled(rules.firstDelay(), beyond, rules.maxDelay()));
        }
    }

    /**
     * A failed log-in from this address, whatever the username. Within the window, from {@code addressSlowAfter}
     * failures on each one makes the address wait a little; at {@code addressMaxFailures} it is refused for
     * {@code addressBlock}, after which it starts over. True when this failure has the address refused.
     */
    boolean failedForAddress(Instant now, LoginThrottleProperties rules) {
        if (!firstFailedAt.plus(rules.addressWindow()).isAfter(now)) {
            startOver(now);
        }
        count(now);
        if (failedCount >= rules.addressMaxFailures()) {
            Instant until = now.plus(rules.addressBlock());
            startOver(until);
            blockedUntil = until;
            return true;
        }
        if (failedCount >= rules.addressSlowAfter()) {
            blockedUntil = now.plus(rules.addressDelay());
        }
        return false;
    }

    private void count(Instant now) {
        failedCount++;
        lastFailedAt = now;
    }

    private void startOver(Instant at) {
        failedCount = 0;
        firstFailedAt = at;
        blockedUntil = null;
    }

    private static Duration doubled(Duration first, int times, Duration max) {
        if (times >= 30) {
            return max;
        }
        Duration delay = first.multipliedBy(1L << times);
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
