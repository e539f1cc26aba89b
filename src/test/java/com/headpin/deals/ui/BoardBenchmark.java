package com.headpin.deals.ui;

import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.management.ObjectName;

import com.headpin.BenchSessions;
import com.headpin.BenchSessions.Round;
import com.headpin.KaribuTest;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.deals.DealBoardService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealInput;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealStageService;
import com.headpin.shared.BusinessCalendar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * The war-room board under load, server side: {@value #DEALS} open deals beside the demo ones, boards open in
 * sessions of their own (own lock, own UI with automatic push, logged in like a browser session), each lane's first
 * page loaded as the browser's first request would. Two measurements, not tests (no assertion on time):
 * <ul>
 * <li>a card moved (a real {@code DealStageService.moveStage}, committed) until {@value #BOARDS} other boards have
 * their push message encoded: the server's share of "a move visible on 20 boards";</li>
 * <li>{@value #SESSIONS} sessions with the board open: heap retained per session after full collections, with the
 * classes that grew the most per session (the analysis in bench/README.md).</li>
 * </ul>
 * Run with {@code ./mvnw test -Dgroups=bench -Dheadpin.excluded-groups=none -Dtest=BoardBenchmark} (H2), and with
 * {@code -Dheadpin.test.mysql.url=jdbc:mysql://127.0.0.1:3306/headpin_bench} for MariaDB.
 */
@Tag("bench")
class BoardBenchmark extends KaribuTest {

    private static final int DEALS = 1_000;
    private static final int BOARDS = 20;
    private static final int ROUNDS = 100;
    private static final int WARM_UP = 30;
    private static final int SESSIONS = 1_000;

    @Autowired
    DealService deals;
    @Autowired
    DealStageService stages;
    @Autowired
    DealBoardService board;
    @Autowired
    AccountService accounts;
    @Autowired
    BusinessCalendar calendar;

    @BeforeAll
    static void asInProduction() throws ReflectiveOperationException {
        BenchSessions.asInProduction();
    }

    @Test
    void aMoveReachesTwentyBoards() throws Exception {
        openAs("admin");
        seed();
        AtomicReference<Round> pushed = new AtomicReference<>(Round.NONE);
        List<VaadinSession> sessions = new ArrayList<>();
        for (int i = 0; i < BOARDS; i++) {
            sessions.add(sessionWithBoard(i, pushed));
        }
        DealDetails card = deals.page(new DealFilter("Bench ", null, null, DealStage.CONSULTING, DealOutcome.OPEN),
                Pageable.ofSize(1)).stream().findFirst().flatMap(d -> deals.find(d.id())).orElseThrow();
        List<Long> total = new ArrayList<>();
        List<Long> afterCommit = new ArrayList<>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            // Paced like people, so that no board's update waits for the coalescing interval of the one before.
            Thread.sleep(300);
            pushed.set(new Round(new CountDownLatch(BOARDS)));
            DealStage to = card.stage() == DealStage.CONSULTING ? DealStage.EXECUTIVE_MEETING : DealStage.CONSULTING;
            long start = System.nanoTime();
            card = stages.moveStage(card.id(), card.version(), to, "bench");
            long committed = System.nanoTime();
            if (!pushed.get().done().await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("not every board was updated");
            }
            long done = System.nanoTime();
            if (round >= WARM_UP) {
                total.add((done - start) / 1_000);
                afterCommit.add((done - committed) / 1_000);
            }
        }
        BenchSessions.close(sessions);
        System.out.printf("BOARD MOVE to %d boards, %d rounds after %d warm-up: from the move %s; after its commit %s%n",
                BOARDS, ROUNDS, WARM_UP, BenchSessions.percentiles(total), BenchSessions.percentiles(afterCommit));
    }

    @Test
    void retainedHeapPerSessionWithTheBoardOpen() throws Exception {
        openAs("admin");
        seed();
        // One board first: classes loaded, caches filled, so the baseline holds what every session shares.
        BenchSessions.close(List.of(sessionWithBoard(-1, new AtomicReference<>(Round.NONE))));
        Map<String, long[]> before = histogram();
        long heapBefore = usedHeapAfterGc();
        List<VaadinSession> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(sessionWithBoard(i, new AtomicReference<>(Round.NONE)));
        }
        long heapAfter = usedHeapAfterGc();
        Map<String, long[]> after = histogram();
        System.out.printf("BOARD HEAP %d sessions with the board open: %.1f kB retained per session%n", SESSIONS,
                (heapAfter - heapBefore) / 1024.0 / SESSIONS);
        List<Map.Entry<String, long[]>> grown = new ArrayList<>(after.entrySet());
        grown.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]
                - before.getOrDefault(e.getKey(), new long[2])[1]).reversed());
        System.out.println("BOARD HEAP per session, by class: instances, bytes");
        for (Map.Entry<String, long[]> e : grown.subList(0, Math.min(30, grown.size()))) {
            long[] was = before.getOrDefault(e.getKey(), new long[2]);
            System.out.printf("  %-90s %8.1f %10.0f%n", e.getKey(), (e.getValue()[0] - was[0]) / (double) SESSIONS,
                    (e.getValue()[1] - was[1]) / (double) SESSIONS);
        }
        BenchSessions.close(sessions);
    }

    /** {@value #DEALS} open deals over the demo accounts, spread over the five open stages and ten months. */
    private void seed() {
        if (deals.count(new DealFilter("Bench ", null, null, null, null)) >= DEALS) {
            return;
        }
        List<AccountSummary> all = accounts.page(new AccountFilter("", null, null, null, null, null, true),
                Pageable.unpaged()).getContent();
        for (int i = 0; i < DEALS; i++) {
            DealInput draft = deals.draft(all.get(i % all.size()).id());
            DealDetails deal = deals.create(draft.withName("Bench " + i).withAmount(
                    BigDecimal.valueOf(100_000L + 10_000L * (i % 200)), calendar.today().plusDays(10 + i % 300)));
            DealStage stage = DealStage.values()[i % 5];
            if (stage != DealStage.SEMINAR) {
                stages.moveStage(deal.id(), deal.version(), stage, "bench");
            }
        }
        // The administrator's board shows everyone's deals, not only their own (the default).
        board.saveFilter(board.savedFilter().version(), DealFilter.ALL);
    }

    /** A board in a session of its own, each lane's first page loaded as the browser's first request would. */
    private VaadinSession sessionWithBoard(int index, AtomicReference<Round> pushed) {
        return BenchSessions.open(index, "board", pushed,
                ui -> grids(ui).forEach(grid -> grid.getDataCommunicator().setViewportRange(0, grid.getPageSize())));
    }

    private static List<Grid<?>> grids(Component root) {
        List<Grid<?>> found = new ArrayList<>();
        if (root instanceof Grid<?> grid) {
            found.add(grid);
        }
        root.getChildren().forEach(child -> found.addAll(grids(child)));
        return found;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Live objects per class (a full collection first): instances and bytes. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> classes = new HashMap<>();
        for (String line : text.lines().toList()) {
            String[] cells = line.trim().split("\\s+");
            if (cells.length >= 4 && cells[0].endsWith(":")) {
                classes.put(cells[3], new long[] {Long.parseLong(cells[1]), Long.parseLong(cells[2])});
            }
        }
        return classes;
    }
}
