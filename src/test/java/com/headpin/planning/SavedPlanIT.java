package com.headpin.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.function.Supplier;

import com.headpin.HeadpinTest;
import com.headpin.TestSessions;
import com.headpin.resources.DemandLine;
import com.headpin.resources.DemandOutlook;
import com.headpin.resources.DemandService;
import com.headpin.security.UserAccountService;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Saved plans and who may do what with them: a rep saves and submits their own plan but never approves it; a director
 * above the rep approves it (and then it counts in that director's resource demand); a rep of another team and a
 * director of another region find no such plan; changing an approved plan means reopening it.
 */
@HeadpinTest
class SavedPlanIT {

    private static final int YEAR = 2032;

    @Autowired
    SavedPlanService plans;
    @Autowired
    DemandService demand;
    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void aRepSubmitsTheirPlanTheirDirectorApprovesItAndOthersAreRefused() {
        long rep3 = as("rep3", () -> users.me().id());
        SavedPlan saved = as("rep3", () -> plans.create(rep3, request("5000000")));
        assertThat(saved.status()).isEqualTo(SalesPlanStatus.DRAFT);
        assertThat(saved.repName()).isEqualTo("Emma Clarke");
        assertThatThrownBy(() -> as("rep3", () -> plans.create(rep3, request("6000000"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("planning.saved.exists");

        // A rep of another team and a director of another region: no such plan (as if missing).
        assertThatThrownBy(() -> as("rep", () -> plans.find(rep3, YEAR)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not-found");
        assertThatThrownBy(() -> as("rep", () -> plans.update(saved.id(), saved.version(), request("1"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not-found");

        SavedPlan changed = as("rep3", () -> plans.update(saved.id(), saved.version(), request("6000000")));
        assertThat(changed.request().quota()).isEqualByComparingTo("6000000");
        assertThatThrownBy(() -> as("rep3", () -> plans.update(saved.id(), saved.version(), request("7000000"))))
                .as("a save on the version before").isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> as("north.director", () -> plans.approve(changed.id(), changed.version())))
                .as("only a submitted plan").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not-submitted");

        SavedPlan submitted = as("rep3", () -> plans.submit(changed.id(), changed.version()));
        assertThat(submitted.status()).isEqualTo(SalesPlanStatus.SUBMITTED);
        assertThat(submitted.submittedByName()).isEqualTo("Emma Clarke");
        assertThat(as("rep3", () -> plans.permissions(rep3, YEAR)))
                .isEqualTo(new SavedPlanPermissions(false, false, false, true));
        assertThatThrownBy(() -> as("rep3", () -> plans.approve(submitted.id(), submitted.version())))
                .as("never one's own").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("rep3", () -> plans.update(submitted.id(), submitted.version(), request("1"))))
                .as("locked while it waits").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("planning.saved.locked");
        assertThatThrownBy(() -> as("manager", () -> plans.approve(submitted.id(), submitted.version())))
                .as("a director of another team").isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not-found");
        assertThat(as("manager", () -> plans.awaitingMyApproval())).noneMatch(p -> p.planId() == submitted.id());
        assertThat(as("north.director", () -> plans.awaitingMyApproval()))
                .anyMatch(p -> p.planId() == submitted.id() && p.repName().equals("Emma Clarke"));
        assertThat(as("north.director", () -> plans.permissions(rep3, YEAR)).mayDecide()).isTrue();

        BigDecimal before = as("north.director", () -> planned(demand.outlook(YearMonth.of(YEAR, 1), 12)));
        BigDecimal elsewhere = as("manager", () -> planned(demand.outlook(YearMonth.of(YEAR, 1), 12)));
        SavedPlan approved = as("north.director", () -> plans.approve(submitted.id(), submitted.version()));
        assertThat(approved.status()).isEqualTo(SalesPlanStatus.APPROVED);
        assertThat(approved.approvedByName()).isEqualTo("James Walker");
        assertThat(as("north.director", () -> planned(demand.outlook(YearMonth.of(YEAR, 1), 12))))
                .as("the approved plan's effort is demand for its director").isGreaterThan(before);
        assertThat(as("manager", () -> planned(demand.outlook(YearMonth.of(YEAR, 1), 12))))
                .as("not for a director who does not see the rep").isEqualByComparingTo(elsewhere);

        // Changing it is deliberate: reopened, it is a draft and leaves the demand until approved again.
        SavedPlan reopened = as("rep3", () -> plans.reopen(approved.id(), approved.version()));
        assertThat(reopened.status()).isEqualTo(SalesPlanStatus.DRAFT);
        assertThat(reopened.approvedByName()).isNull();
        assertThat(as("north.director", () -> planned(demand.outlook(YearMonth.of(YEAR, 1), 12))))
                .isEqualByComparingTo(before);
    }

    @Test
    void aDirectorReturnsAPlanWithAReasonAndTheRepSubmitsItAgain() {
        long rep3 = as("rep3", () -> users.me().id());
        SavedPlan plan = as("rep3", () -> plans.create(rep3, new PlanRequest(YEAR + 1, new BigDecimal("3000000"),
                new BigDecimal("1000000"), YearMonth.of(YEAR + 1, 5), YearMonth.of(YEAR + 1, 11),
                YearMonth.of(YEAR + 1, 12), 2, 1)));
        SavedPlan submitted = as("rep3", () -> plans.submit(plan.id(), plan.version()));
        assertThatThrownBy(() -> as("north.director", () -> plans.sendBack(submitted.id(), submitted.version(), " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reason");
        SavedPlan returned = as("north.director", () -> plans.sendBack(submitted.id(), submitted.version(),
                "Seminars too late for a May close"));
        assertThat(returned.status()).isEqualTo(SalesPlanStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("Seminars too late for a May close");
        assertThat(as("rep3", () -> plans.permissions(rep3, YEAR + 1)))
                .isEqualTo(new SavedPlanPermissions(true, true, false, false));
        SavedPlan again = as("rep3", () -> plans.submit(returned.id(), returned.version()));
        assertThat(again.status()).isEqualTo(SalesPlanStatus.SUBMITTED);
    }

    private static BigDecimal planned(DemandOutlook outlook) {
        return outlook.lines().stream().map(DemandLine::demand).flatMap(java.util.List::stream)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static PlanRequest request(String quota) {
        return new PlanRequest(YEAR, new BigDecimal(quota), new BigDecimal("1000000"), YearMonth.of(YEAR, 5),
                YearMonth.of(YEAR, 11), YearMonth.of(YEAR, 12), 2, 1);
    }

    private <T> T as(String username, Supplier<T> work) {
        return TestSessions.as(userDetails, username, work);
    }
}
