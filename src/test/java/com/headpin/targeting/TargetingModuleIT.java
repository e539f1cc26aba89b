package com.headpin.targeting;

import java.util.Set;

import com.headpin.TestProfiles;
import com.headpin.accountplans.AccountPlanService;
import com.headpin.accounts.Industry;
import com.headpin.shared.InvalidInputException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The targeting module on its own: Spring Modulith starts it with the modules it depends on (accounts and below),
 * without account plans, workspace or demo data.
 */
// The company calendar (shared.BusinessCalendar) is a bean of the settings module.
// A context of its own (its own beans): Quartz keeps schedulers per name in the JVM, and one under the shared
// name would take over, and at its end close, the shared context's job store.
@TestPropertySource(properties = "spring.quartz.scheduler-name=headpin-targeting-module")
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "settings")
@ActiveProfiles(resolver = TestProfiles.class)
class TargetingModuleIT {

    @Autowired
    BeachheadService beachheads;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void startsWithoutModulesItDoesNotUseAndRefusesAHeadPinThatIsAlsoALookAlike() {
        assertThat(context.getBeanNamesForType(AccountPlanService.class)).isEmpty();
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("director", null, "ROLE_DIRECTOR"));

        BeachheadRow banking = beachheads.view(Industry.BANKING);
        assertThat(banking.headPins()).isEmpty();
        assertThat(banking.lookAlikes()).isEmpty();
        assertThatThrownBy(() -> beachheads.update(Industry.BANKING, banking.version(), null, Set.of(1L), Set.of(1L)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        invalid -> assertThat(invalid.fieldErrors()).containsKey("lookAlikes"));
    }
}
