package com.headpin.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Whether a log-in still holds: its credentials version is the stored one of an enabled user. A node keeps what it
 * read for at most {@link #TRUST}, and forgets it at once when a {@link SessionsEnded} broadcast arrives, so every
 * request costs at most one primary-key read per user every few seconds, and a lost broadcast delays the end of a
 * session by no more than that.
 */
@Component
class CredentialsVersions {

    static final Duration TRUST = Duration.ofSeconds(5);
    /** What a disabled or deleted user "has": no log-in carries it. */
    private static final long NONE = -1;

    private final AppUserRepository users;
    private final Clock clock;
    private final Map<Long, Read> reads = new ConcurrentHashMap<>();

    CredentialsVersions(AppUserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    boolean isCurrent(HeadpinUserPrincipal principal) {
        long now = clock.millis();
        Read read = reads.get(principal.userId());
        // A clock set back (tests) must not make an old read look fresh.
        if (read == null || now - read.at() >= TRUST.toMillis() || now < read.at()) {
            try {
                read = new Read(users.findCredentialsVersionOfEnabled(principal.userId()).orElse(NONE), now);
            } catch (DataAccessException unreachable) {
                // The database is away: its screens say so and keep the user's input. Failing every request here
                // (heartbeats too) would end the tab instead; the log-in is checked again once the database is back.
                return read == null || read.version() == principal.credentialsVersion();
            }
            reads.put(principal.userId(), read);
        }
        return read.version() == principal.credentialsVersion();
    }

    void forget(long userId) {
        reads.remove(userId);
    }

    private record Read(long version, long at) {
    }
}
