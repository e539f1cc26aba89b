package com.headpin.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The logged-in person as modules below security see them (collaboration, history): id, name and avatar initials.
 * The security module's principal implements it.
 */
public interface Actor {

    long userId();

    String fullName();

    String initials();

    /** The actor of the current thread's security context, if any. */
    static Optional<Actor> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }
}
