package com.headpin.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import com.headpin.DemoUnits;
import com.headpin.HeadpinTest;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealInput;
import com.headpin.deals.DealService;
import com.headpin.deals.ForecastCategory;
import com.headpin.deals.TestDeals;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.SystemAuthentication;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Weekly snapshots and movement on the demo organisation (see DemoUnits): one snapshot per week whoever freezes it
 * (a director, the job, again), frozen from the dated deal history as the four numbers have it, and movement only
 * as far as the caller's forecast reaches.
 */
@HeadpinTest
class SnapshotMovementIT {

    @Autowired
    SnapshotService snapshots;
    @Autowired
    MovementService movements;
    @Autowired
    ForecastService forecasts;
    @Autowired
    WeeklySnapshotJob job;
    @Autowired
    DealService deals;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService users;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    Periods periods;
    @Autowired
    ApplicationContext context;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void oneSnapshotPerWeekTheLaterReplacingTheEarlier() {
        SnapshotSummary first = as("director", snapshots::takeNow);
        SnapshotSummary again = as("admin", snapshots::takeNow);
        SnapshotSummary byJob = SystemAuthentication.runAsAdmin(() -> {
            job.run();
            return snapshots.snapshots().getFirst();
        });

        assertThat(first.weekStart()).isEqualTo(calendar.thisWeekStart());
        assertThat(first.takenBy()).isNotBlank();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(byJob.id()).isEqualTo(first.id());
        assertThat(byJob.takenBy()).as("the scheduled job is nobody").isNull();
        List<SnapshotSummary> all = as("rep", snapshots::snapshots);
        assertThat(all).filteredOn(s -> s.weekStart().equals(calendar.thisWeekStart())).hasSize(1);
        assertThat(all.stream().map(SnapshotSummary::weekStart).distinct().count()).isEqualTo(all.size());
        assertThat(job.cron()).endsWith(calendar.forecastMeetingDay().minus(1).name().substring(0, 3));
    }

    @Test
    void onlyDirectorsAndAdministratorsFreezeAndNeverAheadOfTime() {
        assertThatThrownBy(() -> as("rep", snapshots::takeNow)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("consultant", snapshots::takeNow)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("director", () -> snapshots.takeAsOf(calendar.today().minusDays(3))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("admin", () -> snapshots.takeAsOf(calendar.today().plusDays(1))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(as("rep", snapshots::mayTakeSnapshots)).isFalse();
        assertThat(as("director", snapshots::mayTakeSnapshots)).isTrue();
    }

    @Test
    void aNewCommittedDealIsNewInTheMovementAndItsChangeReplacesTheWeek() {
        LocalDate today = calendar.today();
        DealDetails created = test.create("rep", "上海浦江银行", "Movement: treasury", 1_234_000);
        DealDetails committed = as("rep", () -> deals.update(created.id(), DealInput.from(created)
                .withCategory(ForecastCategory.COMMIT).withAmount(created.amount(), today)));
        SnapshotSummary lastWeek = as("admin", () -> snapshots.takeAsOf(today.minusWeeks(1)));
        SnapshotSummary thisWeek = as("director", snapshots::takeNow);
        long rep = test.userId("rep");
        MovementScope mine = MovementScope.rep(rep, "");

        Movement movement = as("rep", () -> movements.movement(lastWeek.id(), thisWeek.id(), mine)).orElseThrow();
        assertThat(movement.deals(MovementStep.NEW)).filteredOn(m -> m.dealId() == created.id())
                .singleElement().satisfies(m -> assertThat(m.change()).isEqualByComparingTo("1234000"));
        assertAddsUp(movement);

        as("rep", () -> deals.update(created.id(), DealInput.from(deals.find(created.id()).orElseThrow())
                .withAmount(new BigDecimal("1500000"), today)));
        SnapshotSummary replaced = as("director", snapshots::takeNow);
        assertThat(replaced.id()).isEqualTo(thisWeek.id());
        Movement after = as("rep", () -> movements.movement(thisWeek.id(), lastWeek.id(), mine)).orElseThrow();
        assertThat(after.from().id()).as("the earlier snapshot is the start").isEqualTo(lastWeek.id());
        assertThat(after.deals(MovementStep.NEW)).filteredOn(m -> m.dealId() == committed.id())
                .singleElement().satisfies(m -> assertThat(m.change()).isEqualByComparingTo("1500000"));
    }

    @Test
    void theFrozenCommitmentIsTheFourNumbersCommitment() {
        SnapshotSummary now = as("admin", snapshots::takeNow);
        long banking = DemoUnits.id(organisation, users, DemoUnits.BANKING);
        Movement still = as("manager", () -> movements.movement(now.id(), now.id(),
                MovementScope.unit(banking, "", 0))).orElseThrow();
        ForecastTable table = as("manager", () -> forecasts.table(now.quarter(), banking));

        assertThat(still.start()).isEqualByComparingTo(still.end());
        assertThat(still.end()).isEqualByComparingTo(table.unit(banking).orElseThrow().numbers().commitment());
        assertThat(List.of(MovementStep.values())).allMatch(step -> still.deals(step).isEmpty());
    }

    @Test
    void aRepSeesTheirOwnAndTheirTeamsMovementADirectorTheirSubtree() {
        List<SnapshotSummary> all = as("admin", snapshots::snapshots);
        long to = all.getFirst().id();
        long from = all.get(1).id();
        long rep = test.userId("rep");
        long rep3 = test.userId("rep3");
        long banking = DemoUnits.id(organisation, users, DemoUnits.BANKING);
        long east = DemoUnits.id(organisation, users, DemoUnits.EAST);
        long energy = DemoUnits.id(organisation, users, DemoUnits.ENERGY);

        assertThat(as("rep", movements::scopes)).extracting(s -> s.repId() != null ? s.repId() : -s.unitId())
                .containsExactlyInAnyOrder(rep, -banking);
        assertThat(as("rep", () -> movements.movement(from, to, MovementScope.rep(rep3, "")))).isEmpty();
        assertThat(as("rep", () -> movements.movement(from, to, MovementScope.unit(east, "", 0)))).isEmpty();
        assertThat(as("rep2", () -> movements.movement(from, to, MovementScope.rep(rep, "")))).isEmpty();
        assertThat(as("north.director", () -> movements.movement(from, to, MovementScope.unit(banking, "", 0))))
                .isEmpty();
        assertThat(as("consultant", movements::scopes)).isEmpty();
        assertThat(as("director", movements::scopes)).extracting(MovementScope::unitId)
                .contains(east, banking, energy);
        assertThat(as("north.director", movements::scopes)).extracting(MovementScope::unitId)
                .contains(energy).doesNotContain(east, banking);

        // Every deal listed behind a step is one the viewer may open; the team's totals are the director's.
        Movement team = as("rep2", () -> movements.movement(from, to, MovementScope.unit(banking, "", 0)))
                .orElseThrow();
        Movement seenByDirector = as("director", () -> movements.movement(from, to,
                MovementScope.unit(banking, "", 0))).orElseThrow();
        assertThat(team.end()).isEqualByComparingTo(seenByDirector.end());
        for (MovementStep step : MovementStep.values()) {
            assertThat(team.total(step)).isEqualByComparingTo(seenByDirector.total(step));
            for (DealMove move : team.deals(step)) {
                assertThat(as("rep2", () -> deals.find(move.dealId()))).as(move.name()).isPresent();
            }
        }
        assertAddsUp(team);
    }

    private static void assertAddsUp(Movement movement) {
        BigDecimal sum = movement.start();
        for (MovementStep step : MovementStep.values()) {
            sum = sum.add(movement.total(step));
        }
        assertThat(sum).isEqualByComparingTo(movement.end());
    }

    private <T> T as(String username, Supplier<T> work) {
        return test.as(username, work);
    }
}
