package com.headpin.settings;

import java.time.Clock;

import com.headpin.shared.BusinessCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SettingsProperties.class)
class SettingsConfig {

    /** The company calendar every module injects: the application clock in the zone of the settings. */
    @Bean
    BusinessCalendar businessCalendar(Clock clock, SettingsCache cache) {
        return new BusinessCalendar(clock, () -> cache.current().calendarRules());
    }
}
