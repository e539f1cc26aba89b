package com.headpin.demo;

import java.util.List;

import com.headpin.HeadpinApplication;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.SystemAuthentication;
import com.headpin.security.UserAccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A demo database from before a module's demo part existed: the organisation and users are there, the accounts are
 * not. The seeder adds just the accounts, and a second start adds nothing. A node of its own with a private
 * in-memory H2, so that the shared test database keeps its full demo data.
 */
class DemoDataIT {

    private static ConfigurableApplicationContext node;
    /** Each Spring context installs its own security-context strategy globally; the other tests need theirs back. */
    private static SecurityContextHolderStrategy testsStrategy;

    @BeforeAll
    static void startWithoutDemoData() {
        testsStrategy = SecurityContextHolder.getContextHolderStrategy();
        node = new SpringApplicationBuilder(HeadpinApplication.class).run(
                "--server.port=0",
                "--spring.profiles.active=demo-it",
                "--spring.datasource.url=jdbc:h2:mem:demo-it;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--headpin.demo-data=false",
                "--logging.level.root=warn",
                "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (testsStrategy != null) {
            SecurityContextHolder.setContextHolderStrategy(testsStrategy);
        }
    }

    @Test
    void aDatabaseWithTheOrganisationButNoAccountsGetsTheAccountsOnceAndNothingElse() {
        TransactionTemplate transactions = node.getBean(TransactionTemplate.class);
        SystemAuthentication.runAsAdmin(() -> transactions.executeWithoutResult(
                tx -> node.getBean(OrganisationDemoData.class).seed()));
        DemoDataSeeder seeder = new DemoDataSeeder(List.copyOf(node.getBeansOfType(DemoData.class).values()),
                transactions);
        assertThat(accounts()).isZero();
        long users = users();
        int units = units();

        assertThat(seeder.seedMissing()).containsExactly("accounts");
        assertThat(accounts()).isEqualTo(40);

        assertThat(seeder.seedMissing()).isEmpty();
        assertThat(accounts()).isEqualTo(40);
        assertThat(users()).isEqualTo(users);
        assertThat(units()).isEqualTo(units);
    }

    private static long accounts() {
        return SystemAuthentication.runAsAdmin(() -> node.getBean(AccountService.class)
                .count(new AccountFilter("", null, null, null, null, null, true)));
    }

    private static long users() {
        return SystemAuthentication.runAsAdmin(() -> node.getBean(UserAccountService.class)
                .page("", Pageable.unpaged()).getTotalElements());
    }

    private static int units() {
        return SystemAuthentication.runAsAdmin(() -> node.getBean(OrganisationService.class).tree().all().size());
    }
}
