package com.headpin.forecast.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.headpin.BenchSessions;
import com.headpin.BenchSessions.Round;
import com.headpin.KaribuTest;
import com.headpin.TestLogin;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealInput;
import com.headpin.deals.ForecastCategory;
import com.headpin.deals.TestDeals;
import com.headpin.forecast.MeetingDetails;
import com.headpin.forecast.MeetingService;
import com.headpin.forecast.MeetingStatus;
import com.headpin.forecast.Period;
import com.headpin.forecast.PeriodKind;
import com.headpin.forecast.Periods;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A commitment change in the live forecast meeting, server side: {@value #SCREENS} screens have the meeting open,
 * each in a session of its own (own lock, own UI with automatic push, logged in like a browser session); a rep
 * commits one of their deals (a real {@code DealService.update} of its forecast category, committed, as the
 * meeting's deal list does), and a sample ends when all {@value #SCREENS} screens have their push message encoded
 * with the new numbers (only writing to the socket is left out). A measurement, not a test (no assertion on time);
 * bench/README.md has the numbers. Run with
 * {@code ./mvnw test -Dgroups=bench -Dheadpin.excluded-groups=none -Dtest=MeetingBenchmark} (H2), and with
 * {@code -Dheadpin.test.mysql.url=jdbc:mysql://127.0.0.1:3306/headpin_bench} for MariaDB.
 */
@Tag("bench")
class MeetingBenchmark extends KaribuTest {

    private static final int SCREENS = 20;
    private static final int ROUNDS = 100;
    private static final int WARM_UP = 30;

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    MeetingService meetings;
    @Autowired
    Periods periods;

    @BeforeAll
    static void asInProduction() throws ReflectiveOperationException {
        BenchSessions.asInProduction();
    }

    @Test
    void aCommitmentChangeReachesTwentyMeetingScreens() throws Exception {
        TestDeals test = TestDeals.of(context);
        DealDetails deal = test.create("rep", "杭州联合银行", "Bench meeting commit", 800_000);
        Period quarter = periods.containing(PeriodKind.QUARTER, deal.expectedClose());
        MeetingDetails meeting = test.as("manager", () -> meetings.list().stream()
                .filter(m -> m.status() == MeetingStatus.OPEN && m.unitId() == deal.teamId()
                        && m.period().key().equals(quarter.key()))
                .findFirst().flatMap(m -> meetings.find(m.id()))
                .orElseGet(() -> meetings.open(deal.teamId(), quarter)));

        // The team's director on every screen (each a session of its own), as in the meeting room.
        openAs("manager");
        AtomicReference<Round> pushed = new AtomicReference<>(Round.NONE);
        List<VaadinSession> screens = new ArrayList<>();
        for (int i = 0; i < SCREENS; i++) {
            screens.add(BenchSessions.open(i, "forecast/meetings/" + meeting.id(), pushed, ui -> { }));
        }
        // The rep changes the commitment from their own page.
        SecurityContextHolder.getContext().setAuthentication(TestLogin.as(userDetails, "rep"));
        DealDetails current = deal;
        List<Long> total = new ArrayList<>();
        List<Long> afterCommit = new ArrayList<>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            // Paced like people, so that no screen's update waits for the coalescing interval of the one before.
            Thread.sleep(300);
            pushed.set(new Round(new CountDownLatch(SCREENS)));
            ForecastCategory to = current.forecastCategory() == ForecastCategory.COMMIT
                    ? ForecastCategory.BEST_CASE : ForecastCategory.COMMIT;
            long start = System.nanoTime();
            current = test.deals().update(current.id(), DealInput.from(current).withCategory(to));
            long committed = System.nanoTime();
            if (!pushed.get().done().await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not every meeting screen was updated");
            }
            long done = System.nanoTime();
            if (round >= WARM_UP) {
                total.add((done - start) / 1_000);
                afterCommit.add((done - committed) / 1_000);
            }
        }
        // The screens leave the meeting as its director (the rep may not close it for them).
        SecurityContextHolder.getContext().setAuthentication(TestLogin.as(userDetails, "manager"));
        BenchSessions.close(screens);
        System.out.printf("MEETING COMMIT to %d screens, %d rounds after %d warm-up: from the change %s;"
                        + " after its commit %s%n", SCREENS, ROUNDS, WARM_UP, BenchSessions.percentiles(total),
                BenchSessions.percentiles(afterCommit));
    }
}
