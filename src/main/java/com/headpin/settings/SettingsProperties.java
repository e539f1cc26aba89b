package com.headpin.settings;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code headpin.settings.*}: how long a node trusts its copy of the settings before reading them again. The node
 * where an administrator saves takes the new settings at once; the others within this time.
 */
@ConfigurationProperties("headpin.settings")
record SettingsProperties(Duration refresh) {

    SettingsProperties {
        if (refresh == null || refresh.isNegative()) {
            refresh = Duration.ofSeconds(10);
        }
    }
}
