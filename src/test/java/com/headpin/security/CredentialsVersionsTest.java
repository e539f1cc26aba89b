package com.headpin.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.headpin.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The per-request check of a log-in while the database comes and goes. */
class CredentialsVersionsTest {

    private final AppUserRepository users = mock(AppUserRepository.class);
    private final TestClock clock = new TestClock();
    private final CredentialsVersions versions = new CredentialsVersions(users, clock);
    private final AtomicReference<Optional<Long>> stored = new AtomicReference<>(Optional.of(3L));

    CredentialsVersionsTest() {
        clock.stopAt(Instant.parse("2026-12-01T09:00:00Z"));
        when(users.findCredentialsVersionOfEnabled(anyLong())).thenAnswer(call -> {
            Optional<Long> version = stored.get();
            if (version == null) {
                throw new DataAccessResourceFailureException("Connection is not available");
            }
            return version;
        });
    }

    @Test
    void aDatabaseOutageDoesNotEndALogInThatStillHolds() {
        assertThat(versions.isCurrent(principal(3))).isTrue();
        stored.set(null);
        clock.advance(Duration.ofMinutes(1));
        assertThat(versions.isCurrent(principal(3))).isTrue();
    }

    @Test
    void aLogInFoundEndedBeforeTheOutageStaysEnded() {
        stored.set(Optional.of(4L));
        assertThat(versions.isCurrent(principal(3))).isFalse();
        stored.set(null);
        clock.advance(Duration.ofMinutes(1));
        assertThat(versions.isCurrent(principal(3))).isFalse();
    }

    @Test
    void onceTheDatabaseIsBackARevocationDuringTheOutageTakesEffect() {
        stored.set(null);
        assertThat(versions.isCurrent(principal(3))).isTrue();
        stored.set(Optional.of(4L));
        clock.advance(Duration.ofSeconds(1));
        assertThat(versions.isCurrent(principal(3))).isFalse();
    }

    private static HeadpinUserPrincipal principal(long credentialsVersion) {
        return new HeadpinUserPrincipal(7, "rep", "张敏", "{noop}x", true, false, Set.of(Role.REP), credentialsVersion);
    }
}
