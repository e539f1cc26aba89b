package com.headpin.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code headpin.security.*}: how many failed log-ins in a row lock a username, and for how long.
 */
@ConfigurationProperties("headpin.security")
public record LoginThrottleProperties(int maxFailedLogins, Duration lockDuration) {

    public LoginThrottleProperties {
        if (maxFailedLogins < 1) {
            maxFailedLogins = 5;
        }
        if (lockDuration == null || lockDuration.isNegative() || lockDuration.isZero()) {
            lockDuration = Duration.ofMinutes(15);
        }
    }
}
