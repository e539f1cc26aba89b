package com.headpin.security;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code headpin.login-throttle.*}: how failed log-ins slow down and then refuse further tries. Failures count per
 * username and client address (so a stranger's guesses never keep the real user out), and per address over all
 * usernames (so one address cannot try name after name).
 *
 * @param maxFailures        failures of one username from one address before each further one makes it wait
 * @param firstDelay         the first wait; each further failure doubles it
 * @param maxDelay           the longest wait
 * @param forgetAfter        a username's failures from an address are forgotten this long after the last one
 * @param addressSlowAfter   failures from one address within {@code addressWindow} before it waits {@code addressDelay}
 *                           after each further one
 * @param addressDelay       that wait
 * @param addressMaxFailures failures from one address within {@code addressWindow} that refuse it for
 *                           {@code addressBlock}
 * @param addressWindow      the period an address's failures are counted in
 * @param addressBlock       how long an address is refused
 */
@ConfigurationProperties("headpin.login-throttle")
public record LoginThrottleProperties(int maxFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter,
                                      int addressSlowAfter, Duration addressDelay, int addressMaxFailures,
                                      Duration addressWindow, Duration addressBlock) {

    public LoginThrottleProperties {
        maxFailures = maxFailures < 1 ? 5 : maxFailures;
        firstDelay = positive(firstDelay, Duration.ofMinutes(1));
        maxDelay = positive(maxDelay, Duration.ofMinutes(15));
        forgetAfter = positive(forgetAfter, Duration.ofHours(24));
        addressMaxFailures = addressMaxFailures < 1 ? 20 : addressMaxFailures;
        addressSlowAfter = addressSlowAfter < 1 ? 10 : Math.min(addressSlowAfter, addressMaxFailures);
        addressDelay = positive(addressDelay, Duration.ofSeconds(10));
        addressWindow = positive(addressWindow, Duration.ofMinutes(10));
        addressBlock = positive(addressBlock, Duration.ofMinutes(15));
    }

    private static Duration positive(@Nullable Duration value, Duration otherwise) {
        return value == null || value.isNegative() || value.isZero() ? otherwise : value;
    }
}
