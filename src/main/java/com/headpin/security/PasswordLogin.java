package com.headpin.security;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Log-in with username and password, throttled per username and client address ({@link LoginThrottle}). An unknown
 * username, a wrong password, a throttled try and a disabled account all end in the same exception after the same
 * work, one password check each (against a dummy hash for unknown names): neither the message nor the time tells
 * which usernames exist.
 */
class PasswordLogin implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordLogin.class);

    private final UserDetailsService users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private volatile @Nullable String dummyHash;

    PasswordLogin(UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String username = login.getName();
        Object credentials = login.getCredentials();
        String password = credentials == null ? "" : credentials.toString();
        String address = ClientAddresses.of(login.getDetails());

        UserDetails user = find(username);
        boolean passwordMatches = passwords.matches(password, user == null ? dummyHash() : user.getPassword());
        if (throttle.refuses(username, address)) {
            // Not counted: waiting it out must be enough, and the password is not even looked at.
            log.info("Log-in of '{}' from {} refused: too many failures", username, address);
            throw refused();
        }
        if (user == null || !passwordMatches) {
            throttle.failed(username, address);
            throw refused();
        }
        if (!user.isEnabled() || !user.isAccountNonLocked() || !user.isAccountNonExpired()
                || !user.isCredentialsNonExpired()) {
            log.info("Log-in of disabled user '{}' refused", user.getUsername());
            throw refused();
        }
        throttle.succeeded(username, address);
        UsernamePasswordAuthenticationToken authenticated = UsernamePasswordAuthenticationToken.authenticated(user,
                null, user.getAuthorities());
        authenticated.setDetails(login.getDetails());
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private @Nullable UserDetails find(String username) {
        try {
            return users.loadUserByUsername(username);
        } catch (UsernameNotFoundException unknown) {
            return null;
        }
    }

    /** One message for every refusal; the log, not the user, learns the reason. */
    private static BadCredentialsException refused() {
        return new BadCredentialsException("Bad credentials");
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = passwords.encode(UUID.randomUUID().toString());
            dummyHash = hash;
        }
        return hash;
    }
}
