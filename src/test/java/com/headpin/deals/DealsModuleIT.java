package com.headpin.deals;

import com.headpin.TestProfiles;
import com.headpin.accountplans.AccountPlanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deals module on its own: Spring Modulith starts it with the modules it depends on (accounts and below),
 * without account plans, workspace or demo data.
 */
// The company calendar (shared.BusinessCalendar) is a bean of the settings module.
// A context of its own (its own beans): Quartz keeps schedulers per name in the JVM, and one under the shared
// name would take over, and at its end close, the shared context's job store.
@TestPropertySource(properties = "spring.quartz.scheduler-name=headpin-deals-module")
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "settings")
@ActiveProfiles(resolver = TestProfiles.class)
class DealsModuleIT {

    @Autowired
    SalesProcessService process;
    @Autowired
    DealService deals;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void startsWithoutModulesItDoesNotUseAndReadsTheSalesProcess() {
        assertThat(context.getBeanNamesForType(AccountPlanService.class)).isEmpty();
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("director", null, "ROLE_DIRECTOR"));

        assertThat(process.current().stages()).extracting(StageSettings::conversion)
                .containsExactly(9, 6, 5, 5, 3, 1);
        assertThat(process.mayEdit()).as("no company unit managed by this caller").isFalse();
        assertThat(deals.count(DealFilter.ALL)).as("a caller without a place sees nothing").isZero();
    }
}
