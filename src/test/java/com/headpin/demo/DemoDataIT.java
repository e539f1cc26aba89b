package com.headpin.demo;

import java.util.List;

import com.headpin.PrivateNode;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealService;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.SystemAuthentication;
import com.headpin.security.UserAccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo database from before a module's demo part existed: the organisation and users are there, the accounts are
 * not. The seeder adds just the accounts, and a second start adds nothing. A node of its own with a private
 * in-memory H2, so that the shared test database keeps its full demo data.
 */
class DemoDataIT {

    private static PrivateNode privateNode;
    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void startWithoutDemoData() {
        privateNode = PrivateNode.start("demo-it");
        node = privateNode.context();
    }

    @AfterAll
    static void stop() {
        if (privateNode != null) {
            privateNode.close();
        }
    }

    @Test
    void aDatabaseWithTheOrganisationButNoAccountsGetsEveryOtherPartOnceAndNothingTwice() {
        TransactionTemplate transactions = node.getBean(TransactionTemplate.class);
        SystemAuthentication.runAsAdmin(() -> transactions.executeWithoutResult(
                tx -> node.getBean(OrganisationDemoData.class).seed()));
        DemoDataSeeder seeder = new DemoDataSeeder(List.copyOf(node.getBeansOfType(DemoData.class).values()),
                transactions);
        assertThat(accounts()).isZero();
        long users = users();
        int units = units();

        assertThat(seeder.seedMissing()).containsExactly("accounts", "deals", "stakeholders", "contact log",
                "win results", "relationship map", "red flags", "quotas", "forecast snapshots", "resources", "cities",
                "sales plans");
        assertThat(accounts()).isEqualTo(40);
        assertThat(deals()).isEqualTo(120);
        // The resources part brings the pool's own people (architect, legal, support, service); nothing else adds users.
        assertThat(users()).isEqualTo(users + 4);

        assertThat(seeder.seedMissing()).isEmpty();
        assertThat(accounts()).isEqualTo(40);
        assertThat(users()).isEqualTo(users + 4);
        assertThat(units()).isEqualTo(units);
    }

    private static long accounts() {
        return SystemAuthentication.runAsAdmin(() -> node.getBean(AccountService.class)
                .count(new AccountFilter("", null, null, null, null, null, true)));
    }

    private static long deals() {
        return SystemAuthentication.runAsAdmin(() -> node.getBean(DealService.class).count(DealFilter.ALL));
    }

    private static long users() {
        return SystemAuthentication.runAsAdmin(() -> node.getBean(UserAccountService.class)
                .page("", Pageable.unpaged()).getTotalElements());
    }

    private static int units() {
        return SystemAuthentication.runAsAdmin(() -> node.getBean(OrganisationService.class).tree().all().size());
    }
}
