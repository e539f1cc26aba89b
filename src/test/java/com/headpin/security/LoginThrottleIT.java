package com.headpin.security;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.headpin.HeadpinTest;
import com.headpin.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Failed log-ins slow down and then refuse more tries from the address they come from, never from elsewhere:
 * per username and address 5 failures, then waits of 1, 2, 4, 8 and at most 15 minutes; per address 10 failures
 * in 10 minutes, then 10 seconds after each; 20, then 15 minutes refused; forgotten after a day.
 */
@HeadpinTest
class LoginThrottleIT {

    private static final String PASSWORD = "Correct2026";

    @Autowired
    AuthenticationManager authentication;
    @Autowired
    UserAccountService users;
    @Autowired
    LoginAttemptRepository attempts;
    @Autowired
    LoginAttemptPruning pruning;
    @Autowired
    TestClock clock;

    private String username;
    private String stranger;
    private String home;

    /** A fresh user and fresh addresses per test: counts left by one test must not leak into the next. */
    @BeforeEach
    void createUser() {
        username = "throttled-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsAdmin(() -> users.create(new NewUser(username, "周杰", null,
                EnumSet.of(Role.REP), "zh-CN", PASSWORD)));
        stranger = randomAddress();
        home = randomAddress();
        clock.stopAt(Instant.parse("2026-03-02T01:00:00Z"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aStrangersWrongPasswordsNeverKeepTheRealUserOut() {
        for (int i = 0; i < 30; i++) {
            refused(username, "wrong" + i, stranger);
        }
        assertThat(succeeds(username, PASSWORD, home)).isTrue();
        // The stranger's own address waits, even with the right password.
        refused(username, PASSWORD, stranger);
    }

    @Test
    void fromOneAddressEachFailureAfterTheFifthWaitsTwiceAsLongUpToFifteenMinutes() {
        for (int i = 0; i < 4; i++) {
            refused(username, "wrong", home);
        }
        long[] waits = {1, 2, 4, 8, 15, 15};
        for (long minutes : waits) {
            refused(username, "wrong", home);
            clock.advance(Duration.ofMinutes(minutes).minusSeconds(1));
            refused(username, PASSWORD, home);
            clock.advance(Duration.ofSeconds(1));
        }
        // Usernames count case-insensitively.
        assertThat(succeeds(username.toUpperCase(Locale.ROOT), PASSWORD, home)).isTrue();
        // A success starts the count again: four more failures do not wait.
        for (int i = 0; i < 4; i++) {
            refused(username, "wrong", home);
        }
        assertThat(succeeds(username, PASSWORD, home)).isTrue();
    }

    @Test
    void oneAddressTryingManyUsernamesIsSlowedThenRefusedForFifteenMinutes() {
        for (int i = 0; i < 9; i++) {
            refused("guess" + i, "wrong", stranger);
        }
        assertThat(succeeds(username, PASSWORD, stranger)).isTrue();
        refused("guess9", "wrong", stranger);
        // The tenth failure in ten minutes: the address waits ten seconds after each failure.
        refused(username, PASSWORD, stranger);
        clock.advance(Duration.ofSeconds(10));
        for (int i = 10; i < 19; i++) {
            refused("guess" + i, "wrong", stranger);
            refused(username, PASSWORD, stranger);
            clock.advance(Duration.ofSeconds(10));
        }
        refused("guess19", "wrong", stranger);
        // The twentieth: refused for fifteen minutes, even the right password.
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        refused(username, PASSWORD, stranger);
        assertThat(succeeds(username, PASSWORD, home)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(succeeds(username, PASSWORD, stranger)).isTrue();
    }

    @Test
    void failuresAreForgottenAfterADay() {
        for (int i = 0; i < 4; i++) {
            refused(username, "wrong", home);
        }
        clock.advance(Duration.ofHours(24));
        refused(username, "wrong", home);
        assertThat(succeeds(username, PASSWORD, home)).isTrue();
    }

    @Test
    void anAdministratorsPasswordResetEndsTheWaitFromEveryAddress() {
        for (int i = 0; i < 5; i++) {
            refused(username, "wrong", home);
        }
        refused(username, PASSWORD, home);
        long id = SystemAuthentication.runAsAdmin(() -> users.page(username, Pageable.unpaged()).getContent()
                .getFirst().id());
        SystemAuthentication.runAsAdmin(() -> users.resetPassword(id, PASSWORD));
        assertThat(succeeds(username, PASSWORD, home)).isTrue();
    }

    @Test
    void theHourlyJobRemovesForgottenCountsAndKeepsRunningWaits() {
        for (int i = 0; i < 5; i++) {
            refused(username, "wrong", home);
        }
        refused("someone-else", "wrong", stranger);
        assertThat(rows(username, home)).isEqualTo(2);
        clock.advance(Duration.ofHours(23));
        refused(username, "wrong", home);
        clock.advance(Duration.ofHours(2));

        SystemAuthentication.runAsAdmin(pruning::run);

        assertThat(rows("someone-else", stranger)).isZero();
        assertThat(rows(username, home)).isEqualTo(2);
        clock.advance(Duration.ofHours(23));
        SystemAuthentication.runAsAdmin(pruning::run);
        assertThat(rows(username, home)).isZero();
    }

    /** The address's count and the username's count from it. */
    private int rows(String name, String address) {
        return attempts.findForLogin(name, address).size();
    }

    private void refused(String name, String password, String address) {
        assertThatThrownBy(() -> login(name, password, address)).isInstanceOf(BadCredentialsException.class);
    }

    private boolean succeeds(String name, String password, String address) {
        return login(name, password, address).isAuthenticated();
    }

    private org.springframework.security.core.Authentication login(String name, String password, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(name,
                password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return authentication.authenticate(token);
    }

    static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
