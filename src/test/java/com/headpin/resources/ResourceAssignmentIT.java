package com.headpin.resources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.headpin.HeadpinTest;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealRole;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealTeamMember;
import com.headpin.deals.SalesProcessService;
import com.headpin.deals.TestDeals;
import com.headpin.resources.internal.CapacityMath;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests, assignment and capacity through the services: pre-fill from the sales process, capacity across weeks and
 * absences, conflicts needing a reason, the second of two directors seeing the first's booking, who may assign, and
 * the assigned person opening the deal.
 */
@HeadpinTest
class ResourceAssignmentIT {

    static final String ACCOUNT = "杭州联合银行";

    @Autowired ApplicationContext context;
    @Autowired ResourcePoolService pool;
    @Autowired ResourceRequestService requests;
    @Autowired AssignmentService assignments;
    @Autowired CapacityService capacity;
    @Autowired SalesProcessService process;
    @Autowired DealService deals;

    TestDeals testDeals;

    @BeforeEach
    void fixtures() {
        testDeals = TestDeals.of(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void requestsArePrefilledFromTheSalesProcessEffort() {
        DealDetails deal = testDeals.create("rep", ACCOUNT, "Resources: pre-fill", 300_000);
        RequestInput consulting = as("rep", () -> requests.draft(deal.id(), StageActivity.CONSULTING,
                ResourceType.CONSULTANT));
        assertThat(consulting.effortDays()).isEqualByComparingTo(as("rep", () -> process.current()
                .stage(DealStage.CONSULTING).effort(DealRole.CONSULTANT)));
        assertThat(consulting.startsOn().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        RequestInput legal = as("rep", () -> requests.draft(deal.id(), StageActivity.NEGOTIATION, ResourceType.LEGAL));
        assertThat(legal.effortDays()).isEqualByComparingTo(as("rep", () -> process.current()
                .stage(DealStage.NEGOTIATION).effort(DealRole.LEGAL)).max(BigDecimal.ONE));
        // Negotiation takes at least a full day, whatever the effort settings say.
        assertThatThrownBy(() -> as("rep", () -> requests.request(new RequestInput(deal.id(), ResourceType.SERVICE,
                null, StageActivity.NEGOTIATION, legal.startsOn(), legal.startsOn(), new BigDecimal("0.5"), null))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("effort", "resource.effort.negotiation"));
        assertThatThrownBy(() -> as("consultant", () -> requests.draft(deal.id(), StageActivity.CONSULTING,
                ResourceType.CONSULTANT))).as("a resource sees no such deal").isInstanceOf(InvalidInputException.class);
    }

    @Test
    void capacityAcrossWeeksAndAbsencesAndConflictsNeedAReason() {
        LocalDate monday = LocalDate.of(2031, 3, 3);
        assertThat(monday.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
        ResourceSummary finance = as("director", () -> pool.save(new ResourceInput(0, testDeals.userId("rep2"),
                ResourceType.FINANCE, Set.of("预算 Budgets"), null, false, new BigDecimal("4"), true)));
        // Away Wednesday to Friday of the second week: 2 of 5 days left there.
        as("rep2", () -> pool.addAbsence(finance.id(), new AbsenceInput(monday.plusWeeks(1).plusDays(2),
                monday.plusWeeks(1).plusDays(4), "年假")));
        DealDetails deal = testDeals.create("rep", ACCOUNT, "Resources: capacity", 400_000);
        RequestRow first = as("rep", () -> requests.request(new RequestInput(deal.id(), ResourceType.FINANCE, null,
                StageActivity.PROPOSAL_WRITING, monday, monday.plusDays(4), new BigDecimal("3"), "报价测算")));

        List<Candidate> candidates = as("director", () -> assignments.candidates(first.id(), null));
        assertThat(candidates.stream().filter(c -> c.person().id() == finance.id()).findFirst().orElseThrow()
                .conflicts()).isEmpty();
        assertThatThrownBy(() -> as("rep", () -> assignments.assign(new AssignInput(first.id(), first.version(),
                finance.id(), null, null)))).as("a rep cannot assign").isInstanceOf(AccessDeniedException.class);
        as("director", () -> assignments.assign(new AssignInput(first.id(), first.version(), finance.id(), null,
                null)));

        // A second request spanning both weeks: 6 days over 10 working days.
        RequestRow second = as("rep", () -> requests.request(new RequestInput(deal.id(), ResourceType.FINANCE, null,
                StageActivity.NEGOTIATION, monday, monday.plusDays(11), new BigDecimal("6"), null)));
        AssignmentConflictException refused = (AssignmentConflictException) org.assertj.core.api.Assertions
                .catchThrowable(() -> as("director", () -> assignments.assign(new AssignInput(second.id(),
                        second.version(), finance.id(), null, " "))));
        assertThat(refused.conflicts()).extracting(Conflict::kind).containsExactlyInAnyOrder(
                ConflictKind.DOUBLE_BOOKING, ConflictKind.ABSENCE, ConflictKind.OVER_CAPACITY, ConflictKind.OVER_CAPACITY);
        as("director", () -> assignments.assign(new AssignInput(second.id(), second.version(), finance.id(), null,
                "Closing this quarter comes first")));

        CapacityRow row = as("director", () -> capacity.grid(monday, 3)).rows().stream()
                .filter(r -> r.resource().id() == finance.id()).findFirst().orElseThrow();
        WeekLoad one = row.weeks().get(0);
        WeekLoad two = row.weeks().get(1);
        WeekLoad three = row.weeks().get(2);
        assertThat(one.capacity()).isEqualByComparingTo("4");
        assertThat(one.load()).isEqualByComparingTo("6");
        assertThat(one.percent()).isEqualTo(150);
        assertThat(two.absentDays()).isEqualTo(3);
        assertThat(two.capacity()).isEqualByComparingTo("1.6");
        assertThat(two.load()).isEqualByComparingTo("3");
        assertThat(two.over()).isTrue();
        assertThat(three.load()).isEqualByComparingTo("0");
        assertThat(three.percent()).isZero();
        assertThat(CapacityMath.percent(two.load(), two.capacity())).isEqualTo(188);
    }

    @Test
    void theSecondOfTwoDirectorsSeesTheFirstsBookingAndAStaleRequestIsRefused() {
        LocalDate monday = LocalDate.of(2031, 6, 2);
        ResourceSummary legal = legal();
        DealDetails deal = testDeals.create("rep", ACCOUNT, "Resources: two directors", 500_000);
        RequestRow a = as("rep", () -> requests.request(new RequestInput(deal.id(), ResourceType.LEGAL, null,
                StageActivity.NEGOTIATION, monday, monday, BigDecimal.ONE, null)));
        RequestRow b = as("rep", () -> requests.request(new RequestInput(deal.id(), ResourceType.LEGAL, null,
                StageActivity.NEGOTIATION, monday, monday, BigDecimal.ONE, null)));
        // Both directors open the board: no conflict for either request yet.
        assertThat(as("manager", () -> assignments.candidates(b.id(), null)).stream()
                .filter(c -> c.person().id() == legal.id()).findFirst().orElseThrow().conflicts()).isEmpty();
        as("director", () -> assignments.assign(new AssignInput(a.id(), a.version(), legal.id(), null, null)));
        assertThatThrownBy(() -> as("manager", () -> assignments.assign(new AssignInput(b.id(), b.version(),
                legal.id(), null, null))))
                .isInstanceOfSatisfying(AssignmentConflictException.class, e -> assertThat(e.conflicts())
                        .extracting(Conflict::kind).contains(ConflictKind.DOUBLE_BOOKING));
        assertThatThrownBy(() -> as("manager", () -> assignments.assign(new AssignInput(a.id(), a.version(),
                legal.id(), null, "again")))).isInstanceOf(StaleDataException.class);
    }

    @Test
    void theAssignedPersonJoinsTheDealTeamAndSeesTheAssignment() {
        ResourceSummary legal = legal();
        long legalUser = legal.userId();
        DealDetails deal = testDeals.create("rep", ACCOUNT, "Resources: deal team", 600_000);
        assertThat(as("legal", () -> deals.find(deal.id()))).as("not on the deal yet").isEmpty();
        LocalDate monday = LocalDate.of(2031, 9, 1);
        RequestRow asked = as("rep", () -> requests.request(new RequestInput(deal.id(), null, legal.id(),
                StageActivity.NEGOTIATION, monday, monday.plusDays(1), new BigDecimal("2"), "合同条款")));
        assertThat(asked.type()).as("a named person's type").isEqualTo(ResourceType.LEGAL);
        RequestRow assigned = as("director", () -> assignments.assign(new AssignInput(asked.id(), asked.version(),
                legal.id(), monday.plusWeeks(1), null)));
        assertThat(assigned.startsOn()).as("dropped on the next week").isEqualTo(monday.plusWeeks(1));
        assertThat(assigned.endsOn()).isEqualTo(monday.plusWeeks(1).plusDays(1));
        assertThat(as("legal", () -> deals.find(deal.id()))).get().extracting(DealDetails::team).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.collection(DealTeamMember.class))
                .contains(new DealTeamMember(legalUser, DealRole.LEGAL));
        assertThat(as("legal", () -> assignments.mine())).extracting(RequestRow::id).contains(asked.id());
        RequestRow done = as("legal", () -> requests.complete(assigned.id(), assigned.version()));
        assertThat(done.status()).isEqualTo(RequestStatus.DONE);
        assertThatThrownBy(() -> as("rep3", () -> requests.forDeal(deal.id())))
                .as("outside their part: not found").isInstanceOf(InvalidInputException.class);
    }

    private ResourceSummary legal() {
        return as("director", () -> pool.pool()).stream().filter(p -> p.type() == ResourceType.LEGAL).findFirst()
                .orElseThrow();
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return testDeals.as(username, work);
    }
}
