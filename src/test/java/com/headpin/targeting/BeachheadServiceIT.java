package com.headpin.targeting;

import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.HeadpinTest;
import com.headpin.TestLogin;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.accounts.Industry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** A beachhead spans regions: a director's save changes only the pins on accounts the director sees. Rolls back. */
@HeadpinTest
@Transactional
class BeachheadServiceIT {

    @Autowired
    BeachheadService beachheads;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDirectorsSaveKeepsTheHeadPinsAndLookAlikesOfAnotherRegion() {
        // The company director makes the east region's banking beachhead span the north too: one northern energy
        // account, re-filed under banking, becomes a second head pin and another a look-alike.
        TestLogin.as(userDetails, "director");
        BeachheadRow banking = beachheads.view(Industry.BANKING);
        long eastHeadPin = banking.headPins().getFirst().account().id();
        Set<Long> eastLookAlikes = ids(banking.lookAlikes());
        long northPin = asBanking("北京燃气热力");
        long northLookAlike = asBanking("华北电网");
        Set<Long> lookAlikes = new java.util.HashSet<>(eastLookAlikes);
        lookAlikes.add(northLookAlike);
        beachheads.update(Industry.BANKING, banking.version(), banking.strategy(),
                Set.of(eastHeadPin, northPin), lookAlikes);

        // The north's director sees only the northern pins and drops both.
        TestLogin.as(userDetails, "north.director");
        BeachheadRow seenInNorth = beachheads.view(Industry.BANKING);
        assertThat(seenInNorth.headPins()).extracting(pin -> pin.account().id()).containsExactly(northPin);
        assertThat(ids(seenInNorth.lookAlikes())).containsExactly(northLookAlike);
        beachheads.update(Industry.BANKING, seenInNorth.version(), "North first", Set.of(), Set.of());

        TestLogin.as(userDetails, "director");
        BeachheadRow after = beachheads.view(Industry.BANKING);
        assertThat(after.headPins()).extracting(pin -> pin.account().id()).containsExactly(eastHeadPin);
        assertThat(ids(after.lookAlikes())).isEqualTo(eastLookAlikes);
    }

    private long asBanking(String name) {
        AccountSummary found = accounts.page(new com.headpin.accounts.AccountFilter(name, null, null, null, null,
                null, true), org.springframework.data.domain.Pageable.ofSize(1)).getContent().getFirst();
        AccountDetails account = accounts.find(found.id()).orElseThrow();
        AccountInput in = AccountInput.from(account);
        return accounts.update(account.id(), new AccountInput(in.version(), in.name(), in.altName(), Industry.BANKING,
                in.nature(), in.sizeBand(), in.regionId(), in.teamId(), in.ownerId(), in.funnelPosition(),
                in.parentId(), in.address(), in.website(), in.notes(), in.annualPotential(), in.tierOverride(),
                in.team())).id();
    }

    private static Set<Long> ids(java.util.List<AccountSummary> accounts) {
        return accounts.stream().map(AccountSummary::id).collect(Collectors.toSet());
    }
}
