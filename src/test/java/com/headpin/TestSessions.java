package com.headpin;

import java.util.function.Supplier;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Acts as another user for a moment, as a second browser session would, then returns to the test's user. */
public final class TestSessions {

    private TestSessions() {
    }

    public static <T> T as(UserDetailsService users, String username, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            TestLogin.as(users, username);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
