package com.headpin.accountplans;

import java.math.BigDecimal;
import java.util.Set;

import com.headpin.DemoUnits;
import com.headpin.TestSessions;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Nature;
import com.headpin.accounts.SizeBand;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.HeadpinUserPrincipal;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An account a director sees only as its owner: north.director owns it, but it lies on the East Banking team, which
 * manager manages (and director, above everything). Set aside (not pursued) so that lists stay as seeded.
 */
public final class OwnerOnlyAccount {

    private OwnerOnlyAccount() {
    }

    /** Creates one named {@code name} as the administrator and returns its id. */
    public static long create(String name, AccountService accounts, OrganisationService organisation,
                              UserDetailsService users) {
        long owner = ((HeadpinUserPrincipal) users.loadUserByUsername("north.director")).userId();
        long team = DemoUnits.id(organisation, users, DemoUnits.BANKING);
        long region = DemoUnits.id(organisation, users, DemoUnits.EAST);
        return TestSessions.as(users, "admin", () -> {
            AccountDetails created = accounts.create(new AccountInput(0, name, null, Industry.BANKING,
                    Nature.PRIVATE, SizeBand.MEDIUM, region, team, owner, FunnelPosition.ABOVE, null, null, null,
                    null, BigDecimal.ZERO, null, Set.of()));
            return accounts.setNotPursuing(created.id(), created.version(), "scope test").id();
        });
    }
}
