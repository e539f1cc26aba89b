package com.headpin.security;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for log-in ({@link PasswordLogin}, which also throttles) and for tests that log a user in. */
@Service
class HeadpinUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    HeadpinUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = username.strip().toLowerCase(Locale.ROOT);
        AppUser user = users.findByUsername(normalized)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        // Never locked as such: PasswordLogin makes a username wait only from the addresses its failures came from.
        return HeadpinUserPrincipal.of(user, false);
    }
}
