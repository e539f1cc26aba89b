package com.headpin.security;

import java.time.Clock;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks a username after repeated wrong passwords. Unknown usernames are counted too, so the lock does not
 * reveal which usernames exist.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int MAX_USERNAME = 50;

    private final LoginAttemptRepository attempts;
    private final LoginThrottleProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginThrottle(LoginAttemptRepository attempts, LoginThrottleProperties properties,
                  TransactionTemplate transactions, Clock clock) {
        this.attempts = attempts;
        this.properties = properties;
        this.transactions = transactions;
        this.clock = clock;
    }

    boolean isLocked(String username) {
        String key = key(username);
        return key != null && attempts.findById(key).map(a -> a.isLockedAt(clock.instant())).orElse(false);
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        String key = key(event.getAuthentication().getName());
        if (key == null) {
            return;
        }
        try {
            recordFailure(key);
        } catch (DataIntegrityViolationException firstInsertRace) {
            // Another node inserted the row for this username at the same moment: count on that row.
            recordFailure(key);
        }
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        unlock(event.getAuthentication().getName());
    }

    void unlock(String username) {
        String key = key(username);
        if (key != null) {
            transactions.executeWithoutResult(tx -> attempts.lockByUsername(key).ifPresent(LoginAttempt::reset));
        }
    }

    private void recordFailure(String key) {
        transactions.executeWithoutResult(tx -> {
            LoginAttempt attempt = attempts.lockByUsername(key).orElseGet(() -> new LoginAttempt(key));
            boolean wasLocked = attempt.isLockedAt(clock.instant());
            attempt.recordFailure(clock.instant(), properties.maxFailedLogins(), properties.lockDuration());
            attempts.saveAndFlush(attempt);
            if (!wasLocked && attempt.isLockedAt(clock.instant())) {
                log.warn("Username '{}' locked until {} after {} failed log-ins", key, attempt.getLockedUntil(),
                        properties.maxFailedLogins());
            }
        });
    }

    /** Usernames are matched case-insensitively; absurdly long input cannot be a username and is not stored. */
    private static @Nullable String key(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        return key.isEmpty() || key.length() > MAX_USERNAME ? null : key;
    }
}
