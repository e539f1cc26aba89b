package com.headpin.stakeholders;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.headpin.HeadpinTest;
import com.headpin.collaboration.NotificationItem;
import com.headpin.collaboration.NotificationService;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealFlagCounts;
import com.headpin.deals.DealRole;
import com.headpin.deals.DealTopics;
import com.headpin.shared.BusinessCalendar;
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

/** Manual red flags and strengths: who raises and clears them, whom they tell, the board's count and the activity. */
@HeadpinTest
class RedFlagServiceIT {

    static final String ACCOUNT = "杭州联合银行";

    @Autowired
    ApplicationContext context;
    @Autowired
    RedFlagService flags;
    @Autowired
    NotificationService notifications;
    @Autowired
    Timeline timeline;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    List<DealFlagCounts> counts;

    TestPeople people;

    @BeforeEach
    void fixtures() {
        people = TestPeople.of(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void editorsRaiseAFlagItsOwnerClearsItAndOthersMayNot() {
        DealDetails deal = people.deals().create("rep", ACCOUNT, "Manual: permissions", 100_000);
        people.deals().addToTeam("rep", deal.id(), "consultant", DealRole.CONSULTANT);
        long consultant = people.deals().userId("consultant");

        assertThatThrownBy(() -> as("consultant", () -> flags.raise(deal.id(), FlagKind.FLAG,
                new RedFlagInput(0, FlagCategory.TIMING_RISK, "Budget slips", consultant))))
                .isInstanceOf(AccessDeniedException.class);
        refused(() -> flags.raise(deal.id(), FlagKind.FLAG, new RedFlagInput(0, FlagCategory.STRONG_COACH,
                "Wrong kind", consultant)), "category");
        refused(() -> flags.raise(deal.id(), FlagKind.FLAG, new RedFlagInput(0, FlagCategory.TIMING_RISK, " ",
                consultant)), "text");
        refused(() -> flags.raise(deal.id(), FlagKind.FLAG, new RedFlagInput(0, FlagCategory.TIMING_RISK,
                "Owner who cannot see the deal", people.deals().userId("rep3"))), "owner");

        RedFlagRow raised = as("rep", () -> flags.raise(deal.id(), FlagKind.FLAG,
                new RedFlagInput(0, FlagCategory.TIMING_RISK, "Budget approval slips", consultant)));
        DealFlags seen = as("consultant", () -> flags.flags(deal.id()));
        assertThat(seen.mayEdit()).isFalse();
        assertThat(seen.flags()).singleElement().satisfies(f -> {
            assertThat(f.mayClear()).as("the owner clears it").isTrue();
            assertThat(f.ownerName()).isNotBlank();
        });
        assertThatThrownBy(() -> as("consultant", () -> flags.edit(deal.id(), raised.id(), raised.input())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("rep3", () -> flags.clear(deal.id(), raised.id(), raised.version(), null)))
                .as("outside their part: not found").isInstanceOf(InvalidInputException.class);

        RedFlagRow cleared = as("consultant", () -> flags.clear(deal.id(), raised.id(), raised.version(),
                "Budget confirmed by the CFO"));
        assertThat(cleared.isOpen()).isFalse();
        assertThat(cleared.clearingNote()).isEqualTo("Budget confirmed by the CFO");
        assertThatThrownBy(() -> as("rep", () -> flags.reopen(deal.id(), raised.id(), raised.version())))
                .as("on a stale version").isInstanceOf(StaleDataException.class);
        RedFlagRow reopened = as("rep", () -> flags.reopen(deal.id(), raised.id(), cleared.version()));
        assertThat(reopened.isOpen()).isTrue();

        as("rep", () -> {
            flags.delete(deal.id(), raised.id(), reopened.version());
            return null;
        });
        assertThat(as("rep", () -> flags.flags(deal.id())).flags()).isEmpty();
        List<TimelineEntry> activity = as("rep", () -> timeline.entries(DealTopics.DEAL, deal.id(), Locale.ENGLISH))
                .stream().filter(e -> "redflag.history".equals(e.field())).toList();
        assertThat(activity).as("raised, cleared, reopened, deleted").hasSize(4);
        assertThat(activity.getLast().after()).contains("Budget approval slips").contains("Timing risk");
    }

    @Test
    void aNewFlagTellsTheDealOwnerButNeverWhoCausedIt() {
        DealDetails deal = people.deals().create("rep", ACCOUNT, "Manual: notify", 100_000);
        long rep = people.deals().userId("rep");
        long before = unread("rep", deal.id());
        assertThat(before).as("the rep's own new deal raises flags, told to nobody").isZero();

        people.influence("manager", deal, people.contact("admin", deal.accountId(), "冯技术",
                calendar.today()), Attitude.OPPONENT, InfluenceRole.TECHNICAL_GATEKEEPER);
        assertThat(messages("rep", deal.id())).contains("notifications.red-flag.negative-gatekeeper");
        assertThat(messages("manager", deal.id())).as("the actor").isEmpty();

        as("manager", () -> flags.raise(deal.id(), FlagKind.FLAG,
                new RedFlagInput(0, FlagCategory.COMPETITOR_THREAT, "Huawei Cloud is cheaper", rep)));
        assertThat(messages("rep", deal.id())).contains("notifications.red-flag.manual");
        assertThat(messages("manager", deal.id())).isEmpty();
        long now = unread("rep", deal.id());
        as("rep", () -> flags.raise(deal.id(), FlagKind.FLAG,
                new RedFlagInput(0, FlagCategory.TIMING_RISK, "My own", rep)));
        assertThat(unread("rep", deal.id())).as("raised by the owner: nothing").isEqualTo(now);
    }

    @Test
    void theBoardCountsAutomaticAndOpenManualFlagsButNotStrengths() {
        DealDetails deal = people.deals().create("rep", ACCOUNT, "Manual: count", 100_000);
        DealDetails other = people.deals().create("rep", ACCOUNT, "Manual: count 2", 100_000);
        long rep = people.deals().userId("rep");
        int automatic = as("rep", () -> flags.flags(deal.id())).automatic().size();
        assertThat(automatic).as("no coach, no decision maker").isEqualTo(2);
        RedFlagRow flag = as("rep", () -> flags.raise(deal.id(), FlagKind.FLAG,
                new RedFlagInput(0, FlagCategory.MISSING_INFORMATION, "Who signs?", rep)));
        as("rep", () -> flags.raise(deal.id(), FlagKind.STRENGTH,
                new RedFlagInput(0, FlagCategory.SOLUTION_FIT, "The pilot convinced them", rep)));

        assertThat(count(Set.of(deal.id(), other.id()))).containsEntry(deal.id(), 3).containsEntry(other.id(), 2);
        as("rep", () -> flags.clear(deal.id(), flag.id(), flag.version(), null));
        assertThat(count(Set.of(deal.id()))).containsEntry(deal.id(), 2);
        assertThat(as("rep", () -> flags.flags(deal.id())).openFlagCount()).isEqualTo(2);
    }

    @Test
    void myRedFlagsAreOnDealsIOwnOrAmOnAndAManagerSeesTheTeams() {
        DealDetails deal = people.deals().create("rep", ACCOUNT, "Manual: mine", 100_000);
        assertThat(as("rep", () -> flags.forMe())).anySatisfy(f -> {
            assertThat(f.deal().id()).isEqualTo(deal.id());
            assertThat(f.rule()).isEqualTo(AutoFlagRule.NO_COACH);
        });
        assertThat(as("manager", () -> flags.forMe())).anySatisfy(f -> assertThat(f.deal().id())
                .isEqualTo(deal.id()));
        assertThat(as("rep2", () -> flags.forMe())).as("a teammate's deal they are not on")
                .noneSatisfy(f -> assertThat(f.deal().id()).isEqualTo(deal.id()));
        assertThat(as("rep3", () -> flags.forMe())).noneSatisfy(f -> assertThat(f.deal().id())
                .isEqualTo(deal.id()));
        people.deals().addToTeam("rep", deal.id(), "rep2", DealRole.SALES);
        assertThat(as("rep2", () -> flags.forMe())).anySatisfy(f -> assertThat(f.deal().id())
                .isEqualTo(deal.id()));
    }

    private Map<Long, Integer> count(Set<Long> ids) {
        return counts.stream().filter(c -> c.getClass().getName().contains("stakeholders")).findFirst()
                .orElseThrow().counts(ids);
    }

    private long unread(String username, long dealId) {
        return as(username, () -> notifications.unread(500, java.util.Locale.ENGLISH)).stream().filter(n -> n.recordId() == dealId).count();
    }

    private List<String> messages(String username, long dealId) {
        return as(username, () -> notifications.unread(500, java.util.Locale.ENGLISH)).stream().filter(n -> n.recordId() == dealId)
                .map(NotificationItem::messageKey).toList();
    }

    private void refused(java.util.function.Supplier<?> work, String field) {
        assertThatThrownBy(() -> as("rep", work)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsKey(field));
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return people.deals().as(username, work);
    }
}
