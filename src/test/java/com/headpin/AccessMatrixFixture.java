package com.headpin;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import com.headpin.AccessMatrix.Cell;
import com.headpin.AccessMatrix.Records;
import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.PlanDetails;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountTopics;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.accounts.Criterion;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Nature;
import com.headpin.accounts.ScorecardService;
import com.headpin.accounts.SizeBand;
import com.headpin.collaboration.CommentItem;
import com.headpin.collaboration.CommentService;
import com.headpin.collaboration.NotificationRequest;
import com.headpin.collaboration.Notifier;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitType;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.targeting.BeachheadRow;
import com.headpin.targeting.BeachheadService;
import com.headpin.targeting.Showcase;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
/**
 * What the access matrix's calls need: the demo records of each part, their current state read as the
 * administrator inside a cell's transaction (versions), records prepared there (a comment, a team to delete), and
 * inputs placed on a cell's records. All of it rolls back with the cell.
 */
final class AccessMatrixFixture {

    private final AccountService accounts;
    private final ContactService contacts;
    private final ScorecardService scorecard;
    private final AccountPlanService plans;
    private final BeachheadService beachheads;
    private final OrganisationService organisation;
    private final UserAccountService users;
    private final CommentService comments;
    private final Notifier notifier;
    private final UserDetailsService userDetails;
    private final DealService deals;

    AccessMatrixFixture(ApplicationContext context) {
        deals = context.getBean(DealService.class);
        accounts = context.getBean(AccountService.class);
        contacts = context.getBean(ContactService.class);
        scorecard = context.getBean(ScorecardService.class);
        plans = context.getBean(AccountPlanService.class);
        beachheads = context.getBean(BeachheadService.class);
        organisation = context.getBean(OrganisationService.class);
        users = context.getBean(UserAccountService.class);
        comments = context.getBean(CommentService.class);
        notifier = context.getBean(Notifier.class);
        userDetails = context.getBean(UserDetailsService.class);
    }

    /** The demo account of this name with its team, owner, a contact in its plan, the plan's items and head pin. */
    Records records(String accountName) {
        return TestSessions.as(userDetails, "admin", () -> {
            AccountDetails account = accounts.page(new AccountFilter(accountName, null, null, null, null, null, true),
                    Pageable.unpaged()).stream().findFirst().flatMap(a -> accounts.find(a.id())).orElseThrow();
            int year = plans.years(account.id()).getFirst();
            PlanDetails plan = plans.plan(account.id(), year).orElseThrow();
            BeachheadRow.HeadPin headPin = beachheads.view(account.industry()).headPins().getFirst();
            // An open deal past the first stage (it can move back), owned where the account is.
            DealSummary deal = deals.page(new DealFilter("", account.ownerId(), account.id(), null, DealOutcome.OPEN),
                    Pageable.unpaged()).stream().filter(d -> d.stage().number() > 1).findFirst().orElseThrow();
            return new Records(accountName, account.industry(), account.id(), account.teamId(),
                    organisation.tree().unit(account.teamId()).orElseThrow().name(), account.regionId(),
                    account.ownerId(), users.find(account.ownerId()).orElseThrow().username(),
                    plan.relationships().getFirst().contactId(), plan.id(), year, plan.goals().getFirst().id(),
                    plan.actions().getFirst().id(), plan.relationships().getFirst().id(), headPin.account().id(),
                    headPin.showcase().getFirst().id(), deal.id(), deal.name());
        });
    }

    // The records as they are now, read as the administrator (for versions).

    AccountDetails account(Cell c) throws Exception {
        return c.asAdmin(() -> accounts.find(c.account()).orElseThrow());
    }

    ContactDetails contact(Cell c) throws Exception {
        return c.asAdmin(() -> contacts.find(c.records().contactId()).orElseThrow());
    }

    DealDetails deal(Cell c) throws Exception {
        return c.asAdmin(() -> deals.find(c.deal()).orElseThrow());
    }

    PlanDetails plan(Cell c) throws Exception {
        return c.asAdmin(() -> plans.plan(c.plan()));
    }

    long goalVersion(Cell c) throws Exception {
        return plan(c).goals().stream().filter(g -> g.id() == c.records().goalId()).findFirst().orElseThrow()
                .version();
    }

    long actionVersion(Cell c) throws Exception {
        return plan(c).actions().stream().filter(a -> a.id() == c.records().actionId()).findFirst().orElseThrow()
                .version();
    }

    long relationshipVersion(Cell c) throws Exception {
        return plan(c).relationships().stream().filter(r -> r.id() == c.records().relationshipId()).findFirst()
                .orElseThrow().version();
    }

    /** A year without a plan for the record's account. */
    int freeYear(Cell c) throws Exception {
        return c.asAdmin(() -> plans.years(c.account()).getFirst()) + 1;
    }

    long beachheadVersion(Cell c) throws Exception {
        return c.asAdmin(() -> beachheads.view(c.records().industry())).version();
    }

    Showcase showcase(Cell c) throws Exception {
        return c.asAdmin(() -> beachheads.view(c.records().industry())).headPins().stream()
                .flatMap(pin -> pin.showcase().stream()).filter(s -> s.id() == c.records().showcaseId())
                .findFirst().orElseThrow();
    }

    Criterion criterion(Cell c) throws Exception {
        return c.asAdmin(() -> scorecard.criteria().getFirst());
    }

    UserSummary owner(Cell c) throws Exception {
        return c.asAdmin(() -> users.find(c.owner()).orElseThrow());
    }

    // Records prepared inside the cell.

    ContactDetails newContact(Cell c) throws Exception {
        return c.asAdmin(() -> contacts.create(c.account(), contactInput()));
    }

    OrgUnitSummary newTeam(Cell c) throws Exception {
        return c.asAdmin(() -> organisation.create(c.records().regionId(), UnitType.TEAM, "矩阵小组"));
    }

    /** Inside: the actor's own comment; outside, where they cannot comment: the record owner's. */
    CommentItem comment(Cell c) throws Exception {
        return c.as(c.inside() ? c.actor().username : c.records().ownerUsername(),
                () -> comments.add(AccountTopics.ACCOUNT, c.account(), "矩阵").comment());
    }

    /** A notification to the actor about the record, from another administrator; returns its text. */
    String notification(Cell c) throws Exception {
        String text = "matrix " + c.actor() + " " + c.account();
        c.as("admin2", () -> {
            notifier.notify(Set.of(c.userId()), NotificationRequest.about(AccountTopics.ACCOUNT, c.account(),
                    "accounts/" + c.account(), "notifications.mention", "矩阵", text));
            return null;
        });
        return text;
    }

    // Inputs.

    /** The filter that finds the record's account by name. */
    static AccountFilter named(Cell c) {
        return new AccountFilter(c.records().accountName(), null, null, null, null, null, true);
    }

    /** A new account placed like the record's: same team, region and owner. */
    static AccountInput newAccount(Cell c) {
        Records r = c.records();
        return new AccountInput(0, "矩阵测试客户", null, r.industry(), Nature.PRIVATE, SizeBand.SMALL, r.regionId(),
                r.teamId(), r.ownerId(), FunnelPosition.ABOVE, null, null, null, null, BigDecimal.valueOf(100_000),
                null, Set.of());
    }

    /** A one-row import file placing a new account like the record's. */
    static String importFile(Cell c) {
        Records r = c.records();
        return "name,industry,owner,team\n矩阵导入客户," + r.industry().name() + "," + r.ownerUsername() + ","
                + r.teamName() + "\n";
    }

    /** One new deal on the cell's account, owned by the importer where the form would place it. */
    static byte[] dealImportFile(Cell c) {
        return ("account,name,amount,stage\n" + c.records().accountName() + ",矩阵导入商机,100000,2\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    static ContactInput contactInput() {
        return new ContactInput(0, "矩阵联系人", null, null, null, null, null, null, null, null);
    }

    static ContactInput unchanged(ContactDetails d) {
        return new ContactInput(d.version(), d.name(), d.title(), d.department(), d.reportsToId(), d.phone(),
                d.email(), d.notes(), d.lastContactDate(), d.lastContactBy());
    }

    static NewUser newUser() {
        return new NewUser("matrix.user", "矩阵用户", null, EnumSet.of(Role.REP), null, "Matrix2026pw");
    }
}
