package com.headpin.security;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is calling: services use it for row rules, views for greetings and menus. */
@Component
public class CurrentUser {

    public Optional<HeadpinUserPrincipal> principal() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof HeadpinUserPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    public HeadpinUserPrincipal require() {
        return principal().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not logged in"));
    }

    public long requireId() {
        return require().userId();
    }

    public boolean has(Role role) {
        return principal().map(p -> p.roles().contains(role)).orElse(false);
    }

    /** Whether the user holds any of {@code roles}, as {@code hasAnyRole(...)} asks: for a service's permissions. */
    public boolean hasAny(Role... roles) {
        return Arrays.stream(roles).anyMatch(this::has);
    }
}
