package com.headpin.security;

import java.util.Set;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (demo data, migrations of data) as an administrator, so it goes through the same secured
 * services as users do instead of around them.
 */
public final class SystemAuthentication {

    private SystemAuthentication() {
    }

    public static <T> T runAsAdmin(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        HeadpinUserPrincipal system = new HeadpinUserPrincipal(0, "system", "System", "", true, false,
                Set.of(Role.ADMIN));
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null,
                system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsAdmin(Runnable work) {
        runAsAdmin(() -> {
            work.run();
            return null;
        });
    }
}
