package com.headpin.deals;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.headpin.HeadpinTest;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Nature;
import com.headpin.accounts.SizeBand;
import com.headpin.collaboration.NotificationItem;
import com.headpin.collaboration.NotificationService;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserChanges;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A leaver's open deals and accounts go to a successor in one step, with history, within the caller's part. */
@HeadpinTest
class HandoverIT {

    @Autowired ApplicationContext context;
    @Autowired HandoverService handover;
    @Autowired AccountService accounts;
    @Autowired DealService deals;
    @Autowired DealStageService stages;
    @Autowired UserAccountService users;
    @Autowired Timeline timeline;
    @Autowired NotificationService notifications;
    @Autowired BusinessCalendar calendar;

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
    void aDisabledRepsOpenDealsAndAccountsGoToTheirSuccessorWithHistoryAndANotification() {
        UserSummary leaver = test.as("admin", () -> users.create(newUser("handover.leaver", "离职销售")));
        UserSummary successor = test.as("admin", () -> users.create(newUser("handover.successor", "接任销售")));
        AccountDetails account = test.as("admin", () -> accounts.create(new AccountInput(0, "交接测试客户", null,
                Industry.OTHER, Nature.PRIVATE, SizeBand.SMALL, null, null, leaver.id(), FunnelPosition.ABOVE, null,
                null, null, null, BigDecimal.valueOf(10_000), null, Set.of())));
        DealDetails open = test.as("admin", () -> deals.create(dealOf(leaver, account, "交接：进行中")));
        DealDetails signed = test.as("admin", () -> deals.create(dealOf(leaver, account, "交接：已签约")));
        test.as("admin", () -> stages.setOutcome(signed.id(), signed.version(),
                OutcomeInput.won(BigDecimal.valueOf(50_000), calendar.today())));
        test.as("admin", () -> users.update(new UserChanges(leaver.id(), leaver.version(), leaver.fullName(),
                null, leaver.roles(), false, null)));

        Handover preview = test.as("admin", () -> handover.preview(leaver.id()));
        assertThat(preview.openDeals()).isEqualTo(1);
        assertThat(preview.accounts()).isEqualTo(1);
        assertThat(preview.newOwners()).extracting(UserSummary::id).contains(successor.id())
                .doesNotContain(leaver.id());
        assertThat(test.as("admin", () -> handover.people()).getFirst().enabled()).as("leavers first").isFalse();

        HandedOver done = test.as("admin", () -> handover.handOver(leaver.id(), successor.id(), successor.id()));

        assertThat(done).isEqualTo(new HandedOver(1, 1));
        DealDetails moved = test.as("admin", () -> deals.find(open.id()).orElseThrow());
        assertThat(moved.ownerId()).isEqualTo(successor.id());
        assertThat(moved.version()).as("an ordinary edit: open forms see it").isGreaterThan(open.version());
        assertThat(test.as("admin", () -> deals.find(signed.id()).orElseThrow().ownerId()))
                .as("a signed deal stays with who closed it").isEqualTo(leaver.id());
        assertThat(test.as("admin", () -> accounts.find(account.id()).orElseThrow().ownerId()))
                .isEqualTo(successor.id());
        assertThat(ownerChanges(DealTopics.DEAL, open.id())).containsExactly("离职销售 → 接任销售");
        assertThat(ownerChanges(com.headpin.accounts.AccountTopics.ACCOUNT, account.id()))
                .containsExactly("离职销售 → 接任销售");
        List<NotificationItem> told = test.as("handover.successor", () -> notifications.unread(10, java.util.Locale.ENGLISH));
        assertThat(told).extracting(NotificationItem::messageKey).containsExactly("notifications.handover");
        assertThat(told.getFirst().arguments().subList(0, 2)).containsExactly("赵立新", "离职销售");
    }

    @Test
    void aDirectorCannotTakeOverRecordsOutsideTheirPartNorGiveThemToSomeoneOutsideIt() {
        long rep = test.userId("rep");
        long northDirector = test.userId("north.director");
        long rep2 = test.userId("rep2");

        Handover seen = test.as("north.director", () -> handover.preview(rep));
        assertThat(seen.openDeals()).isZero();
        assertThat(seen.accounts()).isZero();
        assertThatThrownBy(() -> test.as("north.director", () -> handover.handOver(rep, northDirector,
                northDirector))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("person", "handover.nothing"));

        long before = test.as("manager", () -> handover.preview(rep)).openDeals();
        assertThatThrownBy(() -> test.as("manager", () -> handover.handOver(rep, northDirector, rep2)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("accountsTo", "account.owner.outside"));
        assertThat(test.as("manager", () -> handover.preview(rep)).openDeals()).as("nothing moved")
                .isEqualTo(before).isPositive();
        assertThatThrownBy(() -> test.as("rep", () -> handover.preview(rep2)))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private List<String> ownerChanges(com.headpin.shared.RecordType type, long id) {
        return test.as("admin", () -> timeline.entries(type, id, Locale.ENGLISH)).stream()
                .filter(e -> e.kind() == TimelineEntry.Kind.FIELD_CHANGED && e.field() != null
                        && e.field().endsWith(".owner"))
                .map(e -> e.before() + " → " + e.after()).toList();
    }

    private DealInput dealOf(UserSummary owner, AccountDetails account, String name) {
        DealInput draft = deals.draft(account.id());
        return new DealInput(0, account.id(), name, BigDecimal.valueOf(50_000), draft.expectedClose(), owner.id(),
                null, null, draft.forecastCategory(), null, Set.of(), Set.of(), Set.of(), null, null);
    }

    private static NewUser newUser(String username, String fullName) {
        return new NewUser(username, fullName, null, EnumSet.of(Role.REP), "zh-CN", "Handover2026pw");
    }
}
