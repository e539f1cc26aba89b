package com.headpin.accounts;

import java.util.Map;
import java.util.stream.Collectors;

import com.headpin.HeadpinTest;
import com.headpin.TestLogin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chart counts, grouped in SQL, are exactly what each user's default account list shows. */
@HeadpinTest
class AccountStatisticsIT {

    @Autowired
    AccountStatistics statistics;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void countsByTierAndFunnelFollowTheVisibilityRule() {
        for (String user : new String[] {"rep", "rep3", "consultant", "manager", "north.director", "director",
                "admin"}) {
            TestLogin.as(userDetails, user);
            assertThat(counted()).as(user).isNotEmpty().isEqualTo(listed());
        }
        TestLogin.as(userDetails, "rep3");
        Map<String, Long> rep3 = counted();
        TestLogin.as(userDetails, "director");
        assertThat(counted().values().stream().mapToLong(Long::longValue).sum())
                .isGreaterThan(rep3.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void anonymousCallersGetNoCounts() {
        assertThatThrownBy(() -> statistics.byTierAndFunnel())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private Map<String, Long> counted() {
        return statistics.byTierAndFunnel().stream()
                .collect(Collectors.toMap(c -> c.tier() + "/" + c.position(), TierFunnelCount::count));
    }

    private Map<String, Long> listed() {
        return accounts.page(AccountFilter.ALL_ACTIVE, Pageable.unpaged()).stream()
                .collect(Collectors.groupingBy(a -> a.tier() + "/" + a.funnelPosition(), Collectors.counting()));
    }
}
