package com.headpin.security;

import java.time.Duration;
import java.util.EnumSet;

import com.headpin.HeadpinTest;
import com.headpin.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@HeadpinTest
class LoginThrottleIT {

    private static final String PASSWORD = "Correct2026";

    @Autowired
    AuthenticationManager authentication;
    @Autowired
    UserAccountService users;
    @Autowired
    TestClock clock;

    private String username;

    /** A fresh user per test: a lock left by one test must not leak into the next. */
    @BeforeEach
    void createUser() {
        username = "throttled-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsAdmin(() -> users.create(new NewUser(username, "周杰", null,
                EnumSet.of(Role.REP), "zh-CN", PASSWORD)));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameForFifteenMinutesEvenForTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            String wrong = "wrong" + i;
            assertThatThrownBy(() -> login(username, wrong)).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(username, PASSWORD)).isInstanceOf(LockedException.class);
        // Locks count per username, case-insensitively.
        assertThatThrownBy(() -> login(username.toUpperCase(java.util.Locale.ROOT), PASSWORD))
                .isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> login(username, PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(2));
        assertThat(login(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(username, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(login(username, PASSWORD).isAuthenticated()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(username, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(login(username, PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void anAdministratorsPasswordResetLiftsTheLock() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(username, "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        long id = SystemAuthentication.runAsAdmin(() -> users.page(username, org.springframework.data.domain.Pageable.unpaged()).getContent().getFirst().id());
        SystemAuthentication.runAsAdmin(() -> users.resetPassword(id, PASSWORD));
        assertThat(login(username, PASSWORD).isAuthenticated()).isTrue();
    }

    private Authentication login(String username, String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
