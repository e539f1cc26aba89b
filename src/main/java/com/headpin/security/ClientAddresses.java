package com.headpin.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

/**
 * The client address a log-in is counted against: the connection's peer, or behind a trusted proxy the last address
 * in {@code X-Forwarded-For} that is not itself a trusted proxy (each proxy appends the address it saw; entries left
 * of a trusted proxy's are the client's own claim and are not believed).
 */
@Component
class ClientAddresses implements AuthenticationDetailsSource<HttpServletRequest, WebAuthenticationDetails> {

    /** A literal IPv4 or IPv6 address, never a host name (which matching would look up). */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    private final List<IpAddressMatcher> trusted;

    ClientAddresses(TrustedProxyProperties properties) {
        this.trusted = properties.trustedProxies().stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    @Override
    public WebAuthenticationDetails buildDetails(HttpServletRequest request) {
        var session = request.getSession(false);
        return new WebAuthenticationDetails(
                clientAddress(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For"))),
                session == null ? null : session.getId());
    }

    String clientAddress(String peer, List<String> forwardedForHeaders) {
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        String client = peer;
        for (int i = hops.size() - 1; i >= 0 && isTrusted(client); i--) {
            String hop = hops.get(i);
            if (!IP_LITERAL.matcher(hop).matches()) {
                break;
            }
            client = hop;
        }
        return client;
    }

    /** The address of a log-in made without a web request (tests, tools) is "unknown": counted all the same. */
    static String of(@Nullable Object details) {
        return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    private boolean isTrusted(String address) {
        return IP_LITERAL.matcher(address).matches() && trusted.stream().anyMatch(m -> m.matches(address));
    }
}
