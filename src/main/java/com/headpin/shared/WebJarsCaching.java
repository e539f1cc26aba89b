package com.headpin.shared;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Webjar files are requested with their version in the path (the chart asks the webjar locator for it), so they
 * never change under one address and browsers may keep them; without this, Spring Security's no-store header sends
 * ECharts' megabyte again with every page load. Ordered first, so Spring Boot's own /webjars/** mapping steps aside.
 */
@Configuration
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebJarsCaching implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }
}
