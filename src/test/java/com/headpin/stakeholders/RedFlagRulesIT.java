package com.headpin.stakeholders;

import java.time.Duration;
import java.time.LocalDate;

import com.headpin.HeadpinTest;
import com.headpin.TestClock;
import com.headpin.accounts.ContactDetails;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealStage;
import com.headpin.scheduling.ClusterJob;
import com.headpin.security.SystemAuthentication;
import com.headpin.shared.BusinessCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.headpin.stakeholders.AutoFlagRule.DECISION_MAKER_NEVER_MET;
import static com.headpin.stakeholders.AutoFlagRule.DECISION_MAKER_NOT_CONTACTED;
import static com.headpin.stakeholders.AutoFlagRule.LATE_NO_DECISION_MAKER;
import static com.headpin.stakeholders.AutoFlagRule.NEGATIVE_GATEKEEPER;
import static com.headpin.stakeholders.AutoFlagRule.NO_COACH;
import static com.headpin.stakeholders.AutoFlagRule.NO_DECISION_MAKER;
import static com.headpin.stakeholders.AutoFlagRule.UNKNOWN_WIN_RESULTS;
import static com.headpin.stakeholders.TestPeople.flag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each automatic red-flag rule raised and cleared through the data it watches: influences (after commit), the deal's
 * stage, the contact's last contact, and time (the daily check).
 */
@HeadpinTest
class RedFlagRulesIT {

    static final String ACCOUNT = "杭州联合银行";

    @Autowired
    ApplicationContext context;
    @Autowired
    RedFlagService flags;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    TestClock clock;

    TestPeople people;
    long accountId;

    @BeforeEach
    void fixtures() {
        people = TestPeople.of(context);
        accountId = people.deals().accountId(ACCOUNT);
    }

    @AfterEach
    void reset() {
        clock.reset();
        SecurityContextHolder.clearContext();
    }

    @Test
    void noCoachIsRaisedOnANewDealAndClearedByACoach() {
        DealDetails deal = people.deals().create("rep", ACCOUNT, "Flags: coach", 100_000);
        assertThat(people.stored(deal.id())).contains("NO_COACH");
        people.influence("rep", deal, contact("何教练", null), null, InfluenceRole.COACH);
        assertThat(people.stored(deal.id())).doesNotContain("NO_COACH");
    }

    @Test
    void noDecisionMakerIsRaisedBeforeTheProposalAndClearedByOne() {
        DealDetails deal = people.deals().create("rep", ACCOUNT, "Flags: decision maker", 100_000);
        assertThat(people.stored(deal.id())).contains("NO_DECISION_MAKER").doesNotContain("LATE_NO_DECISION_MAKER");
        people.influence("rep", deal, contact("钱决策", calendar.today()), null, InfluenceRole.DECISION_MAKER);
        assertThat(people.stored(deal.id())).doesNotContain("NO_DECISION_MAKER");
    }

    @Test
    void atTheProposalWithoutADecisionMakerIsRaisedByTheStageAndClearedByOne() {
        DealDetails created = people.deals().create("rep", ACCOUNT, "Flags: late", 100_000);
        people.deals().advance("rep", created.id());
        people.deals().advance("rep", created.id());
        DealDetails deal = people.deals().advance("rep", created.id());
        assertThat(deal.stage()).isEqualTo(DealStage.PROPOSAL);
        assertThat(people.stored(deal.id())).contains("LATE_NO_DECISION_MAKER").doesNotContain("NO_DECISION_MAKER");
        people.influence("rep", deal, contact("孙总", calendar.today()), null, InfluenceRole.DECISION_MAKER);
        assertThat(people.stored(deal.id())).doesNotContain("LATE_NO_DECISION_MAKER");
        assertThat(TestPeople.rules(people.deals().as("rep", () -> flags.flags(deal.id()))))
                .doesNotContain(LATE_NO_DECISION_MAKER.name());
    }

    @Test
    void aDecisionMakerNeverMetIsRaisedAndClearedOnceTheContactIsLogged() {
        DealDetails deal = people.deals().create("rep", ACCOUNT, "Flags: never met", 100_000);
        ContactDetails wang = contact("王伟", null);
        people.influence("rep", deal, wang, null, InfluenceRole.DECISION_MAKER);
        assertThat(people.stored(deal.id())).contains(flag(DECISION_MAKER_NEVER_MET, wang));
        AutoFlag shown = people.deals().as("rep", () -> flags.flags(deal.id())).automatic().stream()
                .filter(f -> f.rule() == DECISION_MAKER_NEVER_MET).findFirst().orElseThrow();
        assertThat(shown.contactName()).isEqualTo("王伟");

        people.lastContact("admin", wang, calendar.today());
        assertThat(people.stored(deal.id())).doesNotContain(flag(DECISION_MAKER_NEVER_MET, wang));
    }

    @Test
    void aDecisionMakerNotContactedIsRaisedByTheDailyCheckAndClearedByAContact() {
        DealDetails deal = people.deals().create("rep", ACCOUNT, "Flags: not contacted", 100_000);
        ContactDetails li = contact("李明", calendar.today().minusDays(10));
        people.influence("rep", deal, li, null, InfluenceRole.DECISION_MAKER);
        assertThat(people.stored(deal.id())).doesNotContain(flag(DECISION_MAKER_NOT_CONTACTED, li));

        clock.advance(Duration.ofDays(25));
        assertThat(people.stored(deal.id())).as("time alone changes nothing stored")
                .doesNotContain(flag(DECISION_MAKER_NOT_CONTACTED, li));
        SystemAuthentication.runAsAdmin(() -> job().run());
        assertThat(people.stored(deal.id())).contains(flag(DECISION_MAKER_NOT_CONTACTED, li));
        AutoFlag shown = people.deals().as("rep", () -> flags.flags(deal.id())).automatic().stream()
                .filter(f -> f.rule() == DECISION_MAKER_NOT_CONTACTED).findFirst().orElseThrow();
        assertThat(shown.daysWithoutContact()).isEqualTo(35);

        people.lastContact("admin", people.deals().as("admin", () -> people.contacts().find(li.id()))
                .orElseThrow(), calendar.today());
        assertThat(people.stored(deal.id())).doesNotContain(flag(DECISION_MAKER_NOT_CONTACTED, li));
    }

    @Test
    void aScepticalTechnicalGatekeeperIsRaisedAndClearedWhenWonOver() {
        DealDetails deal = people.deals().create("rep", ACCOUNT, "Flags: gatekeeper", 100_000);
        ContactDetails zhao = contact("赵工", calendar.today());
        long influence = people.influence("rep", deal, zhao, Attitude.SCEPTIC, InfluenceRole.TECHNICAL_GATEKEEPER);
        assertThat(people.stored(deal.id())).contains(flag(NEGATIVE_GATEKEEPER, zhao));
        people.attitude("rep", influence, Attitude.SUPPORTER);
        assertThat(people.stored(deal.id())).doesNotContain(flag(NEGATIVE_GATEKEEPER, zhao));
    }

    @Test
    void unknownWinResultsAreRaisedPerInfluenceAndClearedWithIt() {
        DealDetails deal = people.deals().create("rep", ACCOUNT, "Flags: win results", 100_000);
        ContactDetails zhou = contact("周用户", calendar.today());
        long influence = people.influence("rep", deal, zhou, null, InfluenceRole.USER);
        assertThat(people.stored(deal.id())).as("no win result recorded for them yet")
                .contains(flag(UNKNOWN_WIN_RESULTS, zhou));
        WinResultService winResults = context.getBean(WinResultService.class);
        PersonalWinResult own = people.deals().as("rep",
                () -> winResults.addOwn(deal.id(), influence, "更少的加班", null));
        assertThat(people.stored(deal.id())).as("a win result of their own clears it")
                .doesNotContain(flag(UNKNOWN_WIN_RESULTS, zhou));
        people.deals().as("rep", () -> {
            winResults.unassign(deal.id(), own.id(), own.version());
            return null;
        });
        assertThat(people.stored(deal.id())).contains(flag(UNKNOWN_WIN_RESULTS, zhou));
        people.remove("rep", influence);
        assertThat(people.stored(deal.id())).doesNotContain(flag(UNKNOWN_WIN_RESULTS, zhou));
    }

    @Test
    void aClosedDealHasNoAutomaticFlags() {
        DealDetails deal = people.deals().create("rep", ACCOUNT, "Flags: closed", 100_000);
        assertThat(people.stored(deal.id())).contains(NO_COACH.name(), NO_DECISION_MAKER.name());
        people.deals().as("rep", () -> context.getBean(com.headpin.deals.DealStageService.class)
                .setOutcome(deal.id(), people.deals().deals().find(deal.id()).orElseThrow().version(),
                        new com.headpin.deals.OutcomeInput(com.headpin.deals.DealOutcome.LOST, null, null,
                                "No budget", null, null)));
        assertThat(people.stored(deal.id())).isEmpty();
    }

    private ContactDetails contact(String name, LocalDate lastContact) {
        return people.contact("admin", accountId, name, lastContact);
    }

    private ClusterJob job() {
        return context.getBeansOfType(ClusterJob.class).values().stream()
                .filter(j -> j.name().equals("stakeholders.red-flag-check")).findFirst().orElseThrow();
    }
}
