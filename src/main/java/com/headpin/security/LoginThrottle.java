package com.headpin.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows down and then refuses log-ins after failures, counted per username and client address and per address over
 * all usernames (see {@link LoginThrottleProperties}). Nothing counts per username alone, so nobody can lock another
 * person out from elsewhere; unknown usernames are counted like known ones, so the throttle tells nothing about
 * which exist.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    private static final int TRIES = 3;

    private final LoginAttemptRepository attempts;
    private final LoginThrottleProperties rules;
    private final TransactionTemplate transactions;
    private final Clock clock;

    LoginThrottle(LoginAttemptRepository attempts, LoginThrottleProperties rules, TransactionTemplate transactions,
                  Clock clock) {
        this.attempts = attempts;
        this.rules = rules;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Whether a log-in of this username from this address must wait: refused without looking at the password. */
    boolean refuses(String username, String address) {
        String key = key(username);
        Instant now = clock.instant();
        return attempts.findForLogin(key == null ? LoginAttempt.ANY_USERNAME : key, address(address)).stream()
                .anyMatch(attempt -> attempt.isBlockedAt(now));
    }

    void failed(String username, String address) {
        String key = key(username);
        String client = address(address);
        for (int tryNo = 1; ; tryNo++) {
            try {
                count(key, client);
                return;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException race) {
                // Another node inserted or locked the same row at the same moment: count again on the stored rows.
                if (tryNo == TRIES) {
                    log.warn("Failed log-in from {} not counted: {}", client, race.getMessage());
                    return;
                }
            }
        }
    }

    /** The right password: this username's failures from this address are over; the address's own count stays. */
    void succeeded(String username, String address) {
        String key = key(username);
        if (key != null) {
            transactions.executeWithoutResult(tx -> attempts.deleteFor(key, address(address)));
        }
    }

    /** An administrator set a new password: the username's waits end, from every address. */
    void unlock(String username) {
        String key = key(username);
        if (key != null) {
            transactions.executeWithoutResult(tx -> attempts.deleteForUsername(key));
        }
    }

    /** Removes counts that are forgotten and waits that are over. */
    int prune() {
        Instant now = clock.instant();
        Integer removed = transactions.execute(tx -> attempts.deleteStale(now.minus(rules.forgetAfter()), now));
        return removed == null ? 0 : removed;
    }

    private void count(@Nullable String key, String address) {
        transactions.executeWithoutResult(tx -> {
            Instant now = clock.instant();
            // Always the address row first, then the username's: two nodes lock in the same order.
            LoginAttempt fromAddress = locked(LoginAttempt.ANY_USERNAME, address, now);
            boolean refused = fromAddress.failedForAddress(now, rules);
            attempts.saveAndFlush(fromAddress);
            if (refused) {
                log.warn("Log-ins from {} refused for {} after {} failures", address, rules.addressBlock(),
                        rules.addressMaxFailures());
            }
            if (key != null) {
                LoginAttempt forUsername = locked(key, address, now);
                forUsername.failedForUsername(now, rules);
                attempts.saveAndFlush(forUsername);
            }
        });
    }

    private LoginAttempt locked(String username, String address, Instant now) {
        return attempts.lock(username, address).orElseGet(() -> new LoginAttempt(username, address, now));
    }

    /** Usernames are matched case-insensitively; absurdly long input cannot be a username and is not stored. */
    private static @Nullable String key(@Nullable String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.isEmpty() || key.length() > LoginAttempt.USERNAME_MAX_LENGTH ? null : key;
    }

    private static String address(String address) {
        return address.length() > LoginAttempt.ADDRESS_MAX_LENGTH
                ? address.substring(0, LoginAttempt.ADDRESS_MAX_LENGTH) : address;
    }
}
