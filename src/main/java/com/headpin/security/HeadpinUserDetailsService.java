package com.headpin.security;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for log-in; a throttled username comes back locked, so even the right password is refused. */
@Service
class HeadpinUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final LoginThrottle throttle;

    HeadpinUserDetailsService(AppUserRepository users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = username.strip().toLowerCase(Locale.ROOT);
        AppUser user = users.findByUsername(normalized)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return HeadpinUserPrincipal.of(user, throttle.isLocked(normalized));
    }
}
