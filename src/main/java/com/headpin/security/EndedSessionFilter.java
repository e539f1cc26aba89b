package com.headpin.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a log-in whose credentials version is no longer the user's (disabled, roles changed, password reset) at its
 * next request, whether or not the broadcast reached this node. The request goes on anonymously in a fresh session
 * that remembers why: a page request is sent to the log-in page, which says so; Vaadin answers a heartbeat or UI
 * request with "session expired", and the browser reloads into the log-in page too.
 */
final class EndedSessionFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EndedSessionFilter.class);

    private final CredentialsVersions versions;
    private final SecurityContextHolderStrategy contexts;

    EndedSessionFilter(CredentialsVersions versions, SecurityContextHolderStrategy contexts) {
        this.versions = versions;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HeadpinUserPrincipal principal
                && !versions.isCurrent(principal)) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SessionEnding.noteEnded(request.getSession(true));
            // A new, empty context: the loaded one belonged to the ended session.
            contexts.setContext(contexts.createEmptyContext());
            log.info("Ended a session of user {}: their access changed", principal.userId());
        }
        chain.doFilter(request, response);
    }
}
