package com.headpin;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Logs a user in for service tests the way a successful form log-in would leave the security context. */
public final class TestLogin {

    private TestLogin() {
    }

    public static Authentication as(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }
}
