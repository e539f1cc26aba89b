package com.headpin.security;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code headpin.trusted-proxies} ({@code HEADPIN_TRUSTED_PROXIES}): addresses or CIDR ranges of the reverse
 * proxies in front of Headpin, e.g. {@code 127.0.0.1,::1} for an nginx on the same machine. Only a request from one
 * of them may name the client in {@code X-Forwarded-For}; by default none is trusted, so nobody can pick the
 * address their failed log-ins count against.
 */
@ConfigurationProperties("headpin")
public record TrustedProxyProperties(List<String> trustedProxies) {

    public TrustedProxyProperties(@Nullable List<String> trustedProxies) {
        this.trustedProxies = trustedProxies == null ? List.of() : List.copyOf(trustedProxies);
    }
}
