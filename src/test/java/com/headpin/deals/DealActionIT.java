package com.headpin.deals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import com.headpin.HeadpinTest;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.shared.ActionStatus;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A deal's action items and deliverables through the services, and many editors saving one deal at once. */
@HeadpinTest
class DealActionIT {

    @Autowired
    DealService deals;
    @Autowired
    DealActionService actions;
    @Autowired
    DealStageService stages;
    @Autowired
    SalesProcessService process;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    Timeline timeline;
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
    void anActionItemIsGivenToSomeoneWhoSeesTheDealAndAStaleChangeIsRefused() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Actions: service", 300_000);
        long rep = test.userId("rep");
        List<Long> owners = test.as("rep", () -> actions.owners(deal.id())).stream().map(u -> u.id()).toList();
        assertThat(owners.getFirst()).as("the deal's owner first").isEqualTo(rep);
        assertThat(owners).doesNotContain(test.userId("rep3"));

        refused("rep", () -> actions.save(deal.id(), null, input("Send the reference list", test.userId("rep3"))),
                "owner", "validation.invalid-choice");
        refused("rep", () -> actions.save(deal.id(), null, input(" ", rep)), "text", "validation.required");

        DealAction added = test.as("rep", () -> actions.save(deal.id(), null, input("Send the reference list", rep)));
        DealAction changed = test.as("manager", () -> actions.save(deal.id(), added.id(),
                DealActionInput.from(added).withStatus(ActionStatus.IN_PROGRESS)));
        assertThatThrownBy(() -> test.as("rep", () -> actions.save(deal.id(), added.id(),
                DealActionInput.from(added).withText("Send two references")))).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> test.as("rep", () -> {
            actions.delete(deal.id(), added.id(), added.version());
            return null;
        })).isInstanceOf(StaleDataException.class);
        assertThat(test.as("rep", () -> actions.actions(deal.id()))).singleElement()
                .satisfies(a -> assertThat(a.status()).isEqualTo(ActionStatus.IN_PROGRESS));

        test.as("rep", () -> {
            actions.delete(deal.id(), changed.id(), changed.version());
            return null;
        });
        assertThat(test.as("rep", () -> actions.actions(deal.id()))).isEmpty();
        List<TimelineEntry> activity = test.as("rep", () -> timeline.entries(DealTopics.DEAL, deal.id(),
                Locale.ENGLISH)).stream().filter(e -> "deal.action-item".equals(e.field())).toList();
        assertThat(activity).as("added, changed and deleted, newest first").hasSize(3);
        assertThat(activity.getFirst().after()).as("deleted").isEmpty();
        assertThat(activity.getLast().before()).as("added").isEmpty();
        assertThat(activity.getLast().after()).contains("Send the reference list").contains("Open");
    }

    @Test
    void myOverdueActionItemsAreThoseNotDoneAndPastTheirDueDate() {
        DealDetails deal = test.create("rep", "宁波港口银行", "Actions: overdue", 200_000);
        long rep = test.userId("rep");
        LocalDate today = calendar.today();
        DealAction late = test.as("manager", () -> actions.save(deal.id(), null,
                new DealActionInput(0, "Book the executive visit", rep, today.minusDays(2), ActionStatus.OPEN)));
        test.as("manager", () -> actions.save(deal.id(), null,
                new DealActionInput(0, "Draft the proposal", rep, today, ActionStatus.OPEN)));
        test.as("manager", () -> actions.save(deal.id(), null,
                new DealActionInput(0, "Send the agenda", rep, today.minusDays(5), ActionStatus.DONE)));
        test.as("manager", () -> actions.save(deal.id(), null, new DealActionInput(0, "Manager's own",
                test.userId("manager"), today.minusDays(5), ActionStatus.IN_PROGRESS)));

        List<OverdueDealAction> mine = test.as("rep", () -> actions.overdueForMe()).stream()
                .filter(o -> o.dealId() == deal.id()).toList();
        assertThat(mine).containsExactly(new OverdueDealAction(deal.id(), "Actions: overdue", late.id(),
                "Book the executive visit", today.minusDays(2)));
        assertThat(test.as("rep", () -> actions.actions(deal.id()))).filteredOn(DealAction::overdue)
                .extracting(DealAction::text).containsExactlyInAnyOrder("Book the executive visit", "Manager's own");
    }

    @Test
    void deliverablesAreMarkedWithoutAVersionAndARemovedOneStaysWhereItWasMarked() {
        DealDetails deal = test.create("rep", "苏州城市银行", "Deliverables: service", 800_000);
        List<DealDeliverable> list = test.as("rep", () -> stages.deliverables(deal.id()));
        assertThat(list).isNotEmpty().allMatch(d -> d.state() == DeliverableState.TO_DO);
        long first = list.getFirst().id();
        test.as("rep", () -> stages.markDeliverable(deal.id(), first, DeliverableState.DONE));
        test.as("rep", () -> stages.markDeliverable(deal.id(), list.get(1).id(), DeliverableState.NOT_NEEDED));
        DealDetails after = test.as("rep", () -> deals.find(deal.id())).orElseThrow();
        assertThat(after.version()).as("marks leave open forms current").isEqualTo(deal.version());
        assertThat(test.as("rep", () -> stages.deliverables(deal.id()))).extracting(DealDeliverable::state)
                .startsWith(DeliverableState.DONE, DeliverableState.NOT_NEEDED, DeliverableState.TO_DO);
        refused("rep", () -> stages.markDeliverable(deal.id(), -1, DeliverableState.DONE), "deliverable",
                "validation.invalid-choice");

        SalesProcess before = test.as("admin", () -> process.current());
        try {
            test.as("admin", () -> process.update(withDeliverables(before,
                    before.deliverables().stream().skip(1).map(Deliverable::name).toList())));
            List<DealDeliverable> now = test.as("rep", () -> stages.deliverables(deal.id()));
            assertThat(now.getLast()).isEqualTo(new DealDeliverable(first, list.getFirst().name(),
                    DeliverableState.DONE, true));
            assertThat(now).filteredOn(DealDeliverable::retired).hasSize(1);
        } finally {
            SalesProcess changed = test.as("admin", () -> process.current());
            test.as("admin", () -> process.update(withDeliverables(changed,
                    before.deliverables().stream().map(Deliverable::name).toList())));
        }
    }

    /**
     * Twenty editors save the same deal from the same loaded version at once: one wins, every other gets the
     * stale-data answer (never a silent overwrite); each loser then reloads and saves again, and all twenty changes
     * are there.
     */
    @Test
    void twentyConcurrentWritersOnOneDealLoseNoUpdate() throws Exception {
        DealDetails deal = test.create("rep", "华东商业银行", "Concurrency: twenty writers", 900_000);
        List<String> editors = List.of("rep", "rep2", "manager", "admin");
        int writers = 20;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<Boolean>> results = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                String editor = editors.get(i % editors.size());
                String partner = "Partner " + i;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        test.as(editor, () -> deals.update(deal.id(), withPartner(DealInput.from(deal), partner)));
                        return true;
                    } catch (StaleDataException stale) {
                        return false;
                    }
                }));
            }
            start.countDown();
            List<Integer> losers = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                if (!results.get(i).get()) {
                    losers.add(i);
                }
            }
            assertThat(losers).as("exactly one writer wins").hasSize(writers - 1);
            for (int i : losers) {
                String editor = editors.get(i % editors.size());
                String partner = "Partner " + i;
                test.as(editor, () -> deals.update(deal.id(), withPartner(DealInput.from(
                        deals.find(deal.id()).orElseThrow()), partner)));
            }
        } finally {
            pool.shutdownNow();
        }
        DealDetails stored = test.as("rep", () -> deals.find(deal.id())).orElseThrow();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < writers; i++) {
            expected.add("Partner " + i);
        }
        assertThat(stored.partners()).isEqualTo(expected);
    }

    private static DealInput withPartner(DealInput input, String partner) {
        Set<String> partners = new HashSet<>(input.partners());
        partners.add(partner);
        return input.withPartners(partners);
    }

    private static DealActionInput input(String text, long ownerId) {
        return new DealActionInput(0, text, ownerId, null, ActionStatus.OPEN);
    }

    private void refused(String user, Supplier<?> work, String field, String key) {
        assertThatThrownBy(() -> test.as(user, work)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry(field, key));
    }

    private static SalesProcessInput withDeliverables(SalesProcess sales, List<String> deliverables) {
        SalesProcessInput input = SalesProcessInput.from(sales);
        return new SalesProcessInput(input.version(), input.prospectingWeeks(), input.stages(), deliverables);
    }
}
