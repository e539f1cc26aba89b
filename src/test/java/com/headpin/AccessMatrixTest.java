package com.headpin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.headpin.AccessMatrix.Actor;
import com.headpin.AccessMatrix.Records;
import com.headpin.accountplans.AccountPlanService;
import com.headpin.stakeholders.BuyingInfluenceService;
import com.headpin.stakeholders.PersonalWinResult;
import com.headpin.stakeholders.StandardWinResultInput;
import com.headpin.stakeholders.WinResultCatalogService;
import com.headpin.stakeholders.WinResultKind;
import com.headpin.stakeholders.WinResultService;
import com.headpin.stakeholders.internal.BuyingInfluence;
import com.headpin.stakeholders.internal.BuyingInfluenceRepository;
import com.headpin.stakeholders.InfluenceLineInput;
import com.headpin.stakeholders.MapEdge;
import com.headpin.stakeholders.RelationshipMapService;
import com.headpin.stakeholders.InfluenceInput;
import com.headpin.stakeholders.InfluenceRole;
import com.headpin.stakeholders.InfluenceRow;
import com.headpin.stakeholders.FlagCategory;
import com.headpin.stakeholders.FlagKind;
import com.headpin.stakeholders.RedFlagInput;
import com.headpin.stakeholders.RedFlagRow;
import com.headpin.stakeholders.RedFlagService;
import com.headpin.accountplans.ActionInput;
import com.headpin.shared.ActionStatus;
import com.headpin.accountplans.GoalInput;
import com.headpin.accountplans.PlanItemService;
import com.headpin.accountplans.PlanNarrative;
import com.headpin.accounts.AccountCsvService;
import com.headpin.accounts.AccountHandoverService;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountStatistics;
import com.headpin.accounts.AccountTopics;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactService;
import com.headpin.accounts.Criterion;
import com.headpin.accounts.CriterionInput;
import com.headpin.accounts.ScorecardService;
import com.headpin.collaboration.Broadcasts;
import com.headpin.collaboration.CommentItem;
import com.headpin.collaboration.CommentService;
import com.headpin.collaboration.FieldIndicators;
import com.headpin.collaboration.History;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.NotificationRequest;
import com.headpin.collaboration.NotificationService;
import com.headpin.collaboration.Notifier;
import com.headpin.collaboration.Presence;
import com.headpin.collaboration.Timeline;
import com.headpin.deals.DealCsvService;
import com.headpin.deals.DealAttentionService;
import com.headpin.deals.DealAction;
import com.headpin.deals.DealActionInput;
import com.headpin.deals.DealActionService;
import com.headpin.deals.DealBoardService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealLane;
import com.headpin.deals.DealHistoryService;
import com.headpin.deals.DealInput;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealStageService;
import com.headpin.deals.DealStatistics;
import com.headpin.deals.DeliverableState;
import com.headpin.deals.HandoverService;
import com.headpin.deals.OutcomeInput;
import com.headpin.deals.SalesProcessInput;
import com.headpin.deals.SalesProcessService;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitChanges;
import com.headpin.organisation.UnitType;
import com.headpin.organisation.Visibility;
import com.headpin.organisation.VisibilityScope;
import com.headpin.scheduling.ClusterJobs;
import com.headpin.security.FirstAdministrator;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserChanges;
import com.headpin.security.UserSummary;
import com.headpin.settings.CompanySettings;
import com.headpin.settings.CompanySettingsChanges;
import com.headpin.settings.CompanySettingsService;
import com.headpin.shared.RecordType;
import com.headpin.targeting.BeachheadService;
import com.headpin.targeting.ShowcaseKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static com.headpin.AccessMatrix.refusedAs;
import static com.headpin.AccessMatrixFixture.contactInput;
import static com.headpin.AccessMatrixFixture.dealImportFile;
import static com.headpin.AccessMatrixFixture.importFile;
import static com.headpin.AccessMatrixFixture.named;
import static com.headpin.AccessMatrixFixture.newAccount;
import static com.headpin.AccessMatrixFixture.newUser;
import static com.headpin.AccessMatrixFixture.unchanged;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what, on records inside and outside their part of the company: one row per public method of every
 * module's API service. A new public service method fails this test until it has a row (DEVELOPERS.md, recipe 12).
 * Records: the Banking team's 上海浦江银行, the Manufacturing team's 杭州精工机械 and the Energy team's 华北电网, each with
 * a contact, a plan (goal, action, relationship) and its industry's head pin and showcase (demo data).
 */
@HeadpinTest
class AccessMatrixTest {

    // Cells in Actor order — admin, other region's director, team manager, team rep, other team's rep, resource —
    // each inside then outside their part (admin: inside only).
    /** Whoever sees the record reads it (and comments on it). */
    static final String READ = "Y- YN YN YN YN YN";
    /** Editors (REP, DIRECTOR, ADMIN) who see the record; a resource reads only. */
    static final String EDIT = "Y- YN YN YN YN NN";
    /** READ, plus a deal-team member who reads an account's contacts through a deal of it. */
    static final String CONTACT_READ = "Y- YN YN YN YN YY";
    /** Directors above the record and administrators. */
    static final String MANAGE = "Y- YN YN NN NN NN";
    /** Any director or administrator; company-wide, not about one record. */
    static final String DIRECTORS = "Y- YY YY NN NN NN";
    static final String ADMINS = "Y- NN NN NN NN NN";
    /** Anyone logged in; the method hands out nothing of the record (or only what everyone may see). */
    static final String ANYONE = "Y- YY YY YY YY YY";

    private static final RecordType ACCOUNT = AccountTopics.ACCOUNT;
    private static final String PRUNING = "security.prune-login-attempts";

    /** Open to a caller who is not logged in, on purpose. */
    static final Set<String> OPEN = Set.of("Visibility.current()");

    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate transactions;
    @Autowired UserDetailsService userDetails;
    @Autowired AccountService accounts;
    @Autowired AccountCsvService csv;
    @Autowired DealCsvService dealCsv;
    @Autowired ContactService contacts;
    @Autowired ScorecardService scorecard;
    @Autowired AccountStatistics statistics;
    @Autowired AccountPlanService plans;
    @Autowired PlanItemService planItems;
    @Autowired BeachheadService beachheads;
    @Autowired OrganisationService organisation;
    @Autowired Visibility visibility;
    @Autowired UserAccountService users;
    @Autowired CompanySettingsService settings;
    @Autowired ClusterJobs jobs;
    @Autowired CommentService comments;
    @Autowired NotificationService notifications;
    @Autowired Notifier notifier;
    @Autowired Timeline timeline;
    @Autowired DealService dealService;
    @Autowired DealBoardService dealBoard;
    @Autowired DealStageService dealStages;
    @Autowired DealHistoryService dealHistory;
    @Autowired DealActionService dealActions;
    @Autowired SalesProcessService salesProcess;
    @Autowired DealAttentionService dealAttention;
    @Autowired DealStatistics dealStatistics;
    @Autowired HandoverService handover;
    @Autowired AccountHandoverService accountHandover;
    @Autowired BuyingInfluenceService buyingInfluences;
    @Autowired WinResultService winResults;
    @Autowired WinResultCatalogService winResultCatalog;
    @Autowired BuyingInfluenceRepository influenceRows;
    @Autowired RelationshipMapService relationshipMaps;
    @Autowired com.headpin.stakeholders.ContactLogService contactLog;
    @Autowired RedFlagService redFlags;
    @Autowired com.headpin.deals.DealFigures dealFigures;
    @Autowired com.headpin.forecast.ForecastService forecasts;
    @Autowired com.headpin.forecast.Periods periods;
    @Autowired com.headpin.forecast.ForecastCallService forecastCalls;
    @Autowired com.headpin.forecast.ForecastExportService forecastExports;
    @Autowired com.headpin.forecast.QuotaService quotaService;
    @Autowired com.headpin.forecast.AttainmentService attainment;
    @Autowired com.headpin.deals.DealOutcomeReport outcomeReport;
    @Autowired com.headpin.shared.BusinessCalendar businessCalendar;

    private final Map<String, Authentication> logIns = new ConcurrentHashMap<>();
    private AccessMatrixFixture given;

    AccessMatrix matrix() {
        return new AccessMatrix()
                // accounts: AccountService
                .row(AccountService.class, "page(AccountFilter,Pageable)", READ, c -> accounts.page(named(c),
                        Pageable.unpaged()).stream().anyMatch(a -> a.id() == c.account()))
                .row(AccountService.class, "count(AccountFilter)", READ, c -> accounts.count(named(c)) > 0)
                .row(AccountService.class, "refs(String,int,int)", READ, c -> accounts.refs(
                        c.records().accountName(), 0, 10).stream().anyMatch(a -> a.id() == c.account()))
                .row(AccountService.class, "ref(long)", READ, c -> accounts.ref(c.account()))
                .row(AccountService.class, "find(long)", READ, c -> accounts.find(c.account()))
                .row(AccountService.class, "choices(Long)", READ, c -> accounts.choices(c.account()))
                .row(AccountService.class, "manages(long)", MANAGE, c -> accounts.manages(c.account()))
                .rowVoid(AccountService.class, "requireVisible(long)", READ, c -> accounts.requireVisible(c.account()))
                .row(AccountService.class, "summaries(Collection)", READ,
                        c -> !accounts.summaries(List.of(c.account())).isEmpty())
                .row(AccountService.class, "create(AccountInput)", EDIT, c -> accounts.create(newAccount(c)))
                .row(AccountService.class, "update(long,AccountInput)", EDIT,
                        c -> accounts.update(c.account(), AccountInput.from(given.account(c))))
                .row(AccountService.class, "setNotPursuing(long,long,String)", EDIT,
                        c -> accounts.setNotPursuing(c.account(), given.account(c).version(), "矩阵"))
                // accounts: AccountCsvService (a resource exports what they see, imports nothing)
                .row(AccountCsvService.class, "limits()", ANYONE, c -> csv.limits())
                .row(AccountCsvService.class, "export(AccountFilter)", READ,
                        c -> csv.export(named(c)).contains(c.records().accountName()))
                .row(AccountCsvService.class, "preview(String)", EDIT, c -> csv.preview(importFile(c)).clean())
                .row(AccountCsvService.class, "importAll(String)", EDIT,
                        c -> refusedAs("import.not-clean", () -> csv.importAll(importFile(c))))
                // accounts: ContactService. The consultant is on the team of another deal of the outside account, so
                // reads its contacts (deals.DealContactReadGrant: a deal's people are the account's contacts).
                .row(ContactService.class, "list(long)", CONTACT_READ,
                        c -> contacts.list(c.account()).stream().anyMatch(x -> x.id() == c.records().contactId()))
                .row(ContactService.class, "find(long)", CONTACT_READ, c -> contacts.find(c.records().contactId()))
                .row(ContactService.class, "links(long)", READ, c -> contacts.links(c.records().contactId()))
                .row(ContactService.class, "create(long,ContactInput)", EDIT, c -> contacts.create(c.account(),
                        contactInput()))
                .row(ContactService.class, "update(long,ContactInput)", EDIT,
                        c -> contacts.update(c.records().contactId(), unchanged(given.contact(c))))
                .rowVoid(ContactService.class, "delete(long,long)", EDIT, c -> {
                    ContactDetails added = given.newContact(c);
                    contacts.delete(added.id(), added.version());
                })
                // accounts: ScorecardService (criteria are company-wide: inside and outside alike)
                .row(ScorecardService.class, "criteria()", ANYONE, c -> scorecard.criteria())
                .row(ScorecardService.class, "saveCriterion(Long,CriterionInput)", DIRECTORS, c -> {
                    Criterion first = given.criterion(c);
                    return scorecard.saveCriterion(first.id(), new CriterionInput(first.version(), first.name(),
                            first.weight(), first.active(), first.levels()));
                })
                .row(ScorecardService.class, "score(long,long,Integer)", EDIT,
                        c -> scorecard.score(c.account(), given.criterion(c).id(), 3))
                // accounts: AccountStatistics (counts only what the caller sees: AccountStatisticsIT)
                .row(AccountStatistics.class, "byTierAndFunnel()", ANYONE, c -> statistics.byTierAndFunnel())
                // accountplans: AccountPlanService
                .row(AccountPlanService.class, "years(long)", READ, c -> plans.years(c.account())
                        .contains(c.records().planYear()))
                .row(AccountPlanService.class, "plan(long,int)", READ,
                        c -> plans.plan(c.account(), c.records().planYear()))
                .row(AccountPlanService.class, "plan(long)", READ, c -> plans.plan(c.plan()))
                .row(AccountPlanService.class, "create(long,int)", EDIT,
                        c -> plans.create(c.account(), given.freeYear(c)))
                .row(AccountPlanService.class, "copyForward(long)", EDIT, c -> plans.copyForward(
                        c.asAdmin(() -> plans.create(c.account(), given.freeYear(c))).id()))
                .row(AccountPlanService.class, "saveNarrative(long,long,PlanNarrative)", EDIT,
                        c -> plans.saveNarrative(c.plan(), given.plan(c).version(), PlanNarrative.EMPTY))
                .row(AccountPlanService.class, "saveWhitespace(long,long,List,List,Set)", EDIT,
                        c -> plans.saveWhitespace(c.plan(), given.plan(c).version(), List.of("咨询"), List.of("零售"),
                                Set.of()))
                .row(AccountPlanService.class, "permissions(long)", EDIT,
                        c -> plans.permissions(c.account()).mayEdit())
                .row(AccountPlanService.class, "review(long,long)", MANAGE, c -> plans.review(c.plan(),
                        c.asAdmin(() -> plans.saveNarrative(c.plan(), given.plan(c).version(),
                                given.plan(c).narrative())).version()))
                // accountplans: PlanItemService (every method changes the plan)
                .rowVoid(PlanItemService.class, "saveGoal(long,Long,GoalInput)", EDIT,
                        c -> planItems.saveGoal(c.plan(), c.records().goalId(),
                                new GoalInput(given.goalVersion(c), "矩阵目标", null, null, null)))
                .rowVoid(PlanItemService.class, "deleteGoal(long,long,long)", EDIT,
                        c -> planItems.deleteGoal(c.plan(), c.records().goalId(), given.goalVersion(c)))
                .rowVoid(PlanItemService.class, "saveAction(long,Long,ActionInput)", EDIT,
                        c -> planItems.saveAction(c.plan(), c.records().actionId(), new ActionInput(
                                given.actionVersion(c), "矩阵行动", c.owner(), null, ActionStatus.OPEN)))
                .rowVoid(PlanItemService.class, "deleteAction(long,long,long)", EDIT,
                        c -> planItems.deleteAction(c.plan(), c.records().actionId(), given.actionVersion(c)))
                .rowVoid(PlanItemService.class, "addRelationship(long,long,long,String)", EDIT,
                        c -> planItems.addRelationship(c.plan(), c.records().contactId(), c.owner(), "矩阵"))
                .rowVoid(PlanItemService.class, "deleteRelationship(long,long,long)", EDIT,
                        c -> planItems.deleteRelationship(c.plan(), c.records().relationshipId(),
                                given.relationshipVersion(c)))
                // targeting: BeachheadService (the record is a look-alike of its industry; its head pin has showcases)
                .row(BeachheadService.class, "view(Industry)", READ, c -> beachheads.view(c.records().industry())
                        .lookAlikes().stream().anyMatch(a -> a.id() == c.account()))
                .row(BeachheadService.class, "permissions()", DIRECTORS, c -> beachheads.permissions().mayChoosePins())
                .row(BeachheadService.class, "update(Industry,long,String,Set,Set)", MANAGE,
                        c -> refusedAs("bowling.wrong-industry", () -> beachheads.update(c.records().industry(),
                                given.beachheadVersion(c), null, Set.of(), Set.of(c.account()))))
                .rowVoid(BeachheadService.class, "addShowcase(long,ShowcaseKind,LocalDate,String,String)", EDIT,
                        c -> beachheads.addShowcase(c.records().headPinId(), ShowcaseKind.CASE_STUDY, null, null,
                                "矩阵"))
                .rowVoid(BeachheadService.class, "removeShowcase(long,long)", EDIT,
                        c -> beachheads.removeShowcase(c.records().showcaseId(), given.showcase(c).version()))
                // deals: DealService (a deal is seen by its owner's part of the company and its deal team)
                .row(DealService.class, "page(DealFilter,Pageable)", READ, c -> dealService.page(dealNamed(c),
                        Pageable.unpaged()).stream().anyMatch(d -> d.id() == c.deal()))
                .row(DealService.class, "count(DealFilter)", READ, c -> dealService.count(dealNamed(c)) > 0)
                .row(DealService.class, "find(long)", READ, c -> dealService.find(c.deal()))
                .rowVoid(DealService.class, "requireVisible(long)", READ, c -> dealService.requireVisible(c.deal()))
                .row(DealService.class, "phases(long)", READ, c -> dealService.phases(c.deal()))
                .row(DealService.class, "competitors()", ANYONE, c -> dealService.competitors())
                .row(DealService.class, "choices(Long)", READ, c -> dealService.choices(c.deal()))
                .row(DealService.class, "summaries(Collection)", READ,
                        c -> !dealService.summaries(List.of(c.deal())).isEmpty())
                .row(DealService.class, "draft(long)", EDIT, c -> dealService.draft(c.account()))
                .row(DealService.class, "create(DealInput)", EDIT,
                        c -> dealService.create(dealService.draft(c.account()).withName("矩阵商机")
                                .withAmount(BigDecimal.valueOf(100_000), given.deal(c).expectedClose())))
                .row(DealService.class, "update(long,DealInput)", EDIT,
                        c -> dealService.update(c.deal(), DealInput.from(given.deal(c))))
                // deals: DealStageService (moving back needs no gate; an override past missing criteria: DealStageIT)
                .row(DealStageService.class, "missingFor(long,DealStage)", READ,
                        c -> dealStages.missingFor(c.deal(), DealStage.NEGOTIATION))
                .row(DealStageService.class, "check(long,Collection,boolean)", EDIT,
                        c -> dealStages.check(c.deal(), Set.of(), true))
                .row(DealStageService.class, "moveStage(long,long,DealStage,String)", EDIT,
                        c -> dealStages.moveStage(c.deal(), given.deal(c).version(), DealStage.SEMINAR, "矩阵"))
                .row(DealStageService.class, "setOutcome(long,long,OutcomeInput)", EDIT,
                        c -> dealStages.setOutcome(c.deal(), given.deal(c).version(), OutcomeInput.delayed(
                                given.deal(c).expectedClose().plusMonths(3))))
                // deals: DealHistoryService (dating changes back is for demo data and migrations)
                .row(DealHistoryService.class, "history(long)", READ, c -> !dealHistory.history(c.deal()).isEmpty())
                .row(DealHistoryService.class, "backdated(LocalDate,Supplier)", ADMINS,
                        c -> dealHistory.backdated(LocalDate.of(2026, 1, 5), () -> "矩阵"))
                // deals: SalesProcessService (everyone reads the process; administrators and the company's top
                // director change it — neither the team manager nor the other region's director is that)
                .row(SalesProcessService.class, "current()", ANYONE, c -> salesProcess.current())
                .row(SalesProcessService.class, "mayEdit()", ADMINS, c -> salesProcess.mayEdit())
                .row(SalesProcessService.class, "update(SalesProcessInput)", ADMINS,
                        c -> salesProcess.update(SalesProcessInput.from(c.asAdmin(() -> salesProcess.current()))))
                // deals: DealCsvService (a resource exports the deals they see, imports none; an import finds only the
                // accounts its importer sees, through AccountService.named)
                .row(DealCsvService.class, "limits()", ANYONE, c -> dealCsv.limits())
                .row(DealCsvService.class, "export(DealFilter)", READ,
                        c -> dealCsv.export(dealNamed(c)).contains(c.records().dealName()))
                .row(DealCsvService.class, "preview(byte[])", EDIT, c -> dealCsv.preview(dealImportFile(c)).clean())
                .row(DealCsvService.class, "importAll(byte[])", EDIT,
                        c -> refusedAs("import.not-clean", () -> dealCsv.importAll(dealImportFile(c)) == 1))
                .row(AccountService.class, "named(Collection)", READ, c -> accounts.named(
                        List.of(c.records().accountName())).stream().anyMatch(a -> a.id() == c.account()))
                // deals: DealService.search, DealAttentionService, DealStatistics (the top bar's search finds what
                // the caller sees; "needs attention" lists only the caller's own deals; stage totals are directors')
                .row(DealService.class, "search(String,int)", READ, c -> dealService.search(c.records().dealName(),
                        DealService.SEARCH_LIMIT).stream().anyMatch(d -> d.id() == c.deal()))
                .row(DealAttentionService.class, "forMe()", ANYONE, c -> dealAttention.forMe())
                .row(DealStatistics.class, "mayViewStageTotals()", DIRECTORS,
                        c -> dealStatistics.mayViewStageTotals())
                .row(DealStatistics.class, "openByStage()", DIRECTORS, c -> dealStatistics.openByStage())
                // accounts: the top bar's search (accounts by either name, contacts with their account)
                .row(AccountService.class, "search(String,int)", READ, c -> accounts.search(
                        c.records().accountName(), AccountService.SEARCH_LIMIT).stream()
                        .anyMatch(a -> a.id() == c.account()))
                .row(ContactService.class, "search(String,int)", READ, c -> contacts.search(given.contact(c).name(),
                        AccountService.SEARCH_LIMIT).stream()
                        .anyMatch(x -> x.id() == c.records().contactId()))
                // deals: DealActionService (a deal's action items follow the deal; anyone has their own overdue
                // ones) and DealStageService's deliverables (marks, like ticks, for editors who see the deal)
                .row(DealActionService.class, "actions(long)", READ, c -> dealActions.actions(c.deal()))
                .row(DealActionService.class, "owners(long)", READ, c -> dealActions.owners(c.deal()))
                .row(DealActionService.class, "save(long,Long,DealActionInput)", EDIT,
                        c -> dealActions.save(c.deal(), null,
                                new DealActionInput(0, "矩阵行动", c.owner(), null, ActionStatus.OPEN)))
                .rowVoid(DealActionService.class, "delete(long,long,long)", EDIT, c -> {
                    DealAction action = c.asAdmin(() -> dealActions.save(c.deal(), null,
                            new DealActionInput(0, "矩阵行动", c.owner(), null, ActionStatus.OPEN)));
                    dealActions.delete(c.deal(), action.id(), action.version());
                })
                .row(DealActionService.class, "overdueForMe()", ANYONE, c -> dealActions.overdueForMe())
                .row(DealStageService.class, "deliverables(long)", READ, c -> dealStages.deliverables(c.deal()))
                .row(DealStageService.class, "markDeliverable(long,long,DeliverableState)", EDIT,
                        c -> dealStages.markDeliverable(c.deal(), c.asAdmin(() -> salesProcess.current())
                                .deliverables().getFirst().id(), DeliverableState.DONE))
                // deals: HandoverService (a leaver's open deals and accounts, by the managers above them, to themselves
                // here; the accounts' part is AccountHandoverService; nothing of theirs in the caller's part: refused)
                .row(HandoverService.class, "people()", DIRECTORS, c -> handover.people())
                .row(HandoverService.class, "preview(long)", MANAGE, c -> handover.preview(c.owner()).openDeals() > 0)
                .row(HandoverService.class, "handOver(long,long,long)", MANAGE, c -> refusedAs("handover.nothing",
                        () -> handover.handOver(c.owner(), c.userId(), c.userId())))
                .row(AccountHandoverService.class, "count(long)", MANAGE, c -> accountHandover.count(c.owner()) > 0)
                .row(AccountHandoverService.class, "handOver(long,long)", MANAGE,
                        c -> !accountHandover.handOver(c.owner(), c.userId()).isEmpty())
                // deals: DealBoardService (lanes, cards, totals and filter values come from the deals the caller sees;
                // the saved filters are the caller's own)
                .row(DealBoardService.class, "lane(DealLane,DealFilter,Pageable)", READ,
                        c -> dealBoard.lane(laneOf(c), dealNamed(c), PageRequest.of(0, 50)).stream()
                                .anyMatch(d -> d.id() == c.deal()))
                .row(DealBoardService.class, "cards(DealFilter,Collection)", READ,
                        c -> !dealBoard.cards(DealFilter.ALL, List.of(c.deal())).isEmpty())
                .row(DealBoardService.class, "totals(DealFilter)", READ,
                        c -> dealBoard.totals(dealNamed(c)).get(laneOf(c)).count() > 0)
                // A team is offered when the caller sees a deal of it: rep3 and the consultant are on deal teams of
                // the other teams' demo deals, so they see deals of those teams too (DealDemoData).
                .row(DealBoardService.class, "filterOptions()", "Y- YN YN YN YY YY", c -> {
                    Long team = given.deal(c).teamId();
                    return dealBoard.filterOptions().teams().stream().anyMatch(t -> Objects.equals(t.id(), team));
                })
                .row(DealBoardService.class, "savedFilter()", ANYONE, c -> dealBoard.savedFilter())
                .row(DealBoardService.class, "saveFilter(long,DealFilter)", ANYONE,
                        c -> dealBoard.saveFilter(dealBoard.savedFilter().version(), DealFilter.ALL))
                // accounts: AccountService's batch reads for the board (names and tier filter, one statement each)
                .row(AccountService.class, "names(Collection)", READ,
                        c -> accounts.names(List.of(c.account())).containsKey(c.account()))
                .row(AccountService.class, "ids(AccountFilter)", READ, c -> accounts.ids(
                        new AccountFilter("", null, null, null, null, null, true)).contains(c.account()))
                // accountplans: the relationship owners buying influences show
                .row(AccountPlanService.class, "relationshipOwners(long)", CONTACT_READ,
                        c -> plans.relationshipOwners(c.account()) != null)
                // stakeholders: BuyingInfluenceService
                .row(BuyingInfluenceService.class, "list(long)", READ, c -> buyingInfluences.list(c.deal()) != null)
                // stakeholders: win results (the catalogue is everyone's to read and the directors' to keep; a deal's
                // win results are read by whoever sees the deal and sorted by editors who see it)
                .row(WinResultCatalogService.class, "list()", ANYONE, c -> !winResultCatalog.list().isEmpty())
                .row(WinResultCatalogService.class, "mayEdit()", DIRECTORS, c -> winResultCatalog.mayEdit())
                .row(WinResultCatalogService.class, "save(Long,StandardWinResultInput)", DIRECTORS,
                        c -> winResultCatalog.save(null, new StandardWinResultInput(0, "Matrix", "矩阵",
                                WinResultKind.PERSONAL, true)))
                .row(WinResultCatalogService.class, "move(long,long,int)", DIRECTORS, c -> {
                    var first = c.asAdmin(() -> winResultCatalog.list().getFirst());
                    return winResultCatalog.move(first.id(), first.version(), 1);
                })
                .row(WinResultCatalogService.class, "remove(long,long)", DIRECTORS, c -> {
                    var added = c.asAdmin(() -> winResultCatalog.save(null, new StandardWinResultInput(0, "Matrix",
                            "", WinResultKind.PERSONAL, true)));
                    return winResultCatalog.remove(added.id(), added.version());
                })
                .row(WinResultService.class, "board(long)", READ, c -> winResults.board(c.deal()))
                .row(WinResultService.class, "winResultsByInfluence(long)", READ,
                        c -> {
                            long influence = winAssigned(c).influenceId();
                            return winResults.winResultsByInfluence(c.deal()).containsKey(influence);
                        })
                .row(WinResultService.class, "assign(long,long,long)", EDIT, c -> winResults.assign(c.deal(),
                        winInfluence(c), c.asAdmin(() -> winResultCatalog.list().getFirst().id())))
                .row(WinResultService.class, "addOwn(long,long,String,String)", EDIT,
                        c -> winResults.addOwn(c.deal(), winInfluence(c), "矩阵", null))
                .rowVoid(WinResultService.class, "unassign(long,long,long)", EDIT, c -> {
                    PersonalWinResult given = winAssigned(c);
                    winResults.unassign(c.deal(), given.id(), given.version());
                })
                .row(WinResultService.class, "move(long,long,long,long)", EDIT, c -> {
                    PersonalWinResult given = winAssigned(c);
                    return winResults.move(c.deal(), given.id(), given.version(), given.influenceId());
                })
                .row(WinResultService.class, "anyAssigned()", ADMINS, c -> {
                    winAssigned(c);
                    return winResults.anyAssigned();
                })
                // stakeholders: relationship map (read with the deal; influence lines by editors who may edit it,
                // between two contacts of the deal's account; the company-wide count for the demo data: admins)
                .row(RelationshipMapService.class, "map(long)", READ, c -> relationshipMaps.map(c.deal()))
                .row(RelationshipMapService.class, "addLine(long,InfluenceLineInput)", EDIT,
                        c -> relationshipMaps.addLine(c.deal(), influenceLine(c)))
                .rowVoid(RelationshipMapService.class, "removeLine(long,long,long)", EDIT, c -> {
                    MapEdge line = c.asAdmin(() -> relationshipMaps.addLine(c.deal(), influenceLine(c)));
                    relationshipMaps.removeLine(c.deal(), line.lineId(), line.version());
                })
                .row(RelationshipMapService.class, "lineCount()", ADMINS, c -> relationshipMaps.lineCount())
                // stakeholders: contact log (a deal's entries follow the deal, the account's the account; editors who
                // may change them log; recording a last contact needs an editor who reads the contacts)
                .row(com.headpin.stakeholders.ContactLogService.class, "forDeal(long)", READ,
                        c -> contactLog.forDeal(c.deal()))
                .row(com.headpin.stakeholders.ContactLogService.class, "forAccount(long,Pageable)", READ,
                        c -> contactLog.forAccount(c.account(), PageRequest.of(0, 5)))
                .row(com.headpin.stakeholders.ContactLogService.class, "choices(long,Long)", READ,
                        c -> contactLog.choices(c.account(), c.deal()))
                .row(com.headpin.stakeholders.ContactLogService.class, "find(long)", READ,
                        c -> {
                            var input = contactLogInput(c);
                            return contactLog.find(c.asAdmin(() -> contactLog.log(c.account(), c.deal(), input)).id());
                        })
                .row(com.headpin.stakeholders.ContactLogService.class, "log(long,Long,ContactLogInput)", EDIT,
                        c -> contactLog.log(c.account(), c.deal(), contactLogInput(c)))
                .row(com.headpin.stakeholders.ContactLogService.class, "update(long,ContactLogInput)", EDIT, c -> {
                    var input = contactLogInput(c);
                    var entry = c.asAdmin(() -> contactLog.log(c.account(), c.deal(), input));
                    return contactLog.update(entry.id(),
                            com.headpin.stakeholders.ContactLogInput.from(entry).withNote("矩阵改"));
                })
                .rowVoid(com.headpin.stakeholders.ContactLogService.class, "delete(long,long)", EDIT, c -> {
                    var input = contactLogInput(c);
                    var entry = c.asAdmin(() -> contactLog.log(c.account(), null, input));
                    contactLog.delete(entry.id(), entry.version());
                })
                .rowVoid(ContactService.class, "recordContact(Collection,LocalDate,long)", EDIT,
                        c -> contacts.recordContact(List.of(c.records().contactId()), contactLogInput(c).date(),
                                c.userId()))
                // stakeholders: buying influences on a deal (the consultant reads through the deal team, edits nothing)
                .row(BuyingInfluenceService.class, "candidates(long)", READ,
                        c -> buyingInfluences.candidates(c.deal()) != null)
                .row(BuyingInfluenceService.class, "mayEdit(long)", EDIT, c -> buyingInfluences.mayEdit(c.deal()))
                .row(BuyingInfluenceService.class, "anyRecorded()", ADMINS, c -> buyingInfluences.anyRecorded())
                .row(BuyingInfluenceService.class, "add(long,long,InfluenceInput)", EDIT,
                        c -> buyingInfluences.add(c.deal(), given.newContact(c).id(), influenceInput(0)))
                .row(BuyingInfluenceService.class, "addWithNewContact(long,String,String,InfluenceInput)", EDIT,
                        c -> buyingInfluences.addWithNewContact(c.deal(), "矩阵联系人", "CIO", influenceInput(0)))
                .row(BuyingInfluenceService.class, "update(long,long,InfluenceInput)", EDIT, c -> {
                    InfluenceRow added = newInfluence(c);
                    return buyingInfluences.update(c.deal(), added.id(), influenceInput(added.version()));
                })
                .rowVoid(BuyingInfluenceService.class, "remove(long,long,long)", EDIT, c -> {
                    InfluenceRow added = newInfluence(c);
                    buyingInfluences.remove(c.deal(), added.id(), added.version());
                })
                // stakeholders: red flags and strengths (read with the deal; editors raise, change and delete; the
                // flag's owner or an editor clears; the daily re-check and the demo's question are the administrators')
                .row(RedFlagService.class, "flags(long)", READ, c -> redFlags.flags(c.deal()))
                .row(RedFlagService.class, "owners(long)", READ, c -> redFlags.owners(c.deal()))
                .row(RedFlagService.class, "raise(long,FlagKind,RedFlagInput)", EDIT, c -> redFlags.raise(c.deal(),
                        FlagKind.FLAG, new RedFlagInput(0, FlagCategory.TIMING_RISK, "矩阵红旗", c.owner())))
                .row(RedFlagService.class, "edit(long,long,RedFlagInput)", EDIT, c -> {
                    RedFlagRow flag = c.asAdmin(() -> redFlags.raise(c.deal(), FlagKind.STRENGTH,
                            new RedFlagInput(0, FlagCategory.SOLUTION_FIT, "矩阵优势", c.owner())));
                    return redFlags.edit(c.deal(), flag.id(), flag.input());
                })
                .row(RedFlagService.class, "clear(long,long,long,String)", EDIT, c -> {
                    RedFlagRow flag = c.asAdmin(() -> redFlags.raise(c.deal(), FlagKind.FLAG,
                            new RedFlagInput(0, FlagCategory.TIMING_RISK, "矩阵红旗", c.owner())));
                    return redFlags.clear(c.deal(), flag.id(), flag.version(), null);
                })
                .row(RedFlagService.class, "reopen(long,long,long)", EDIT, c -> {
                    RedFlagRow flag = c.asAdmin(() -> {
                        RedFlagRow raised = redFlags.raise(c.deal(), FlagKind.FLAG,
                                new RedFlagInput(0, FlagCategory.TIMING_RISK, "矩阵红旗", c.owner()));
                        return redFlags.clear(c.deal(), raised.id(), raised.version(), null);
                    });
                    return redFlags.reopen(c.deal(), flag.id(), flag.version());
                })
                .rowVoid(RedFlagService.class, "delete(long,long,long)", EDIT, c -> {
                    RedFlagRow flag = c.asAdmin(() -> redFlags.raise(c.deal(), FlagKind.FLAG,
                            new RedFlagInput(0, FlagCategory.TIMING_RISK, "矩阵红旗", c.owner())));
                    redFlags.delete(c.deal(), flag.id(), flag.version());
                })
                .row(RedFlagService.class, "forMe()", ANYONE, c -> redFlags.forMe())
                .row(RedFlagService.class, "anyManual()", ADMINS, c -> redFlags.anyManual())
                .row(RedFlagService.class, "recheckOpenDeals(boolean)", ADMINS, c -> redFlags.recheckOpenDeals(false))
                // polish: notifications lead to their record (the caller's own only: reading a page reads them)
                .row(NotificationService.class, "markReadAt(String)", ANYONE,
                        c -> String.valueOf(notifications.markReadAt("accounts/" + c.account())))
                // polish: CSV import accepts garbage (exports in the reader's language, templates, uploads as bytes)
                .row(AccountCsvService.class, "export(AccountFilter,Locale)", READ, c -> csv.export(named(c),
                        Locale.SIMPLIFIED_CHINESE).contains(c.records().accountName()))
                .row(AccountCsvService.class, "template(Locale)", ANYONE, c -> csv.template(Locale.SIMPLIFIED_CHINESE))
                .row(AccountCsvService.class, "preview(byte[])", EDIT, c -> csv.preview(importFile(c)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)).clean())
                .row(AccountCsvService.class, "importAll(byte[])", EDIT, c -> refusedAs("import.not-clean",
                        () -> csv.importAll(importFile(c).getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .row(DealCsvService.class, "export(DealFilter,Locale)", READ, c -> dealCsv.export(dealNamed(c),
                        Locale.SIMPLIFIED_CHINESE).contains(c.records().dealName()))
                .row(DealCsvService.class, "template(Locale)", ANYONE, c -> dealCsv.template(Locale.SIMPLIFIED_CHINESE))
                // polish: plan review as a flow (a change first makes the plan a draft, whatever its state)
                .row(AccountPlanService.class, "submit(long,long)", EDIT, c -> plans.submit(c.plan(),
                        c.asAdmin(() -> plans.saveNarrative(c.plan(), given.plan(c).version(),
                                given.plan(c).narrative())).version()))
                .row(com.headpin.accountplans.PlanReviewService.class, "awaitingMyReview()", DIRECTORS,
                        c -> context.getBean(com.headpin.accountplans.PlanReviewService.class).awaitingMyReview())
                .row(com.headpin.accountplans.PlanReviewService.class, "overdueActionsOfMyPeople()", DIRECTORS,
                        c -> context.getBean(com.headpin.accountplans.PlanReviewService.class)
                                .overdueActionsOfMyPeople())
                .row(Visibility.class, "whoManages(List,Long,Long,Long)", ANYONE, c -> visibility.whoManages(
                        users.activeUsers(), c.owner(), c.records().teamId(), c.records().regionId()))
                // polish: scores that explain themselves (item 8)
                .row(ScorecardService.class, "fitOf(long)", READ, c -> scorecard.fitOf(c.account()))
                // deals: DealFigures (totals of oneself, one's team-mates and the people one manages; the deals behind
                // them as far as the caller may open them)
                .row(com.headpin.deals.DealFigures.class, "byOwner(Collection,LocalDate,LocalDate)", EDIT,
                        c -> dealFigures.byOwner(List.of(c.owner()), LocalDate.of(2000, 1, 1),
                                LocalDate.of(2100, 1, 1)).containsKey(c.owner()))
                .row(com.headpin.deals.DealFigures.class, "readable(Collection)", EDIT,
                        c -> dealFigures.readable(List.of(c.owner())).contains(c.owner()))
                .row(com.headpin.deals.DealFigures.class, "dealsIn(Collection,LocalDate,LocalDate)", READ,
                        c -> dealFigures.dealsIn(List.of(c.owner()), LocalDate.of(2000, 1, 1),
                                LocalDate.of(2100, 1, 1)).stream().anyMatch(d -> d.id() == c.deal()))
                // forecast: ForecastService (a rep sees their team's totals, a director their subtree's)
                .row(com.headpin.forecast.ForecastService.class, "table(Period)", EDIT,
                        c -> forecasts.table(forecastYear(c)).unit(c.records().teamId()).isPresent())
                .row(com.headpin.forecast.ForecastService.class, "table(Period,long)", EDIT,
                        c -> forecasts.table(forecastYear(c), c.records().teamId()).unit(c.records().teamId())
                                .isPresent())
                .row(com.headpin.forecast.ForecastService.class, "dealsBehind(Period,Long,Long)", EDIT,
                        c -> forecasts.dealsBehind(forecastYear(c), null, c.records().teamId()).stream()
                                .anyMatch(d -> d.id() == c.deal()))
                // forecast: ForecastCallService (a rep calls only for themselves; the managers above adjust) and exports
                .row(com.headpin.forecast.ForecastCallService.class, "entry(String,long)", "Y- YN YN YN YN NN",
                        c -> forecastCalls.entry(forecastYear(c).key(), c.owner()))
                .row(com.headpin.forecast.ForecastCallService.class, "history(String,long)", "Y- YN YN YN YN NN",
                        c -> forecastCalls.history(forecastYear(c).key(), c.owner()))
                .row(com.headpin.forecast.ForecastCallService.class, "call(CallInput)", "N- NN NN YN YN NN",
                        c -> forecastCalls.call(new com.headpin.forecast.CallInput(c.owner(), forecastYear(c).key(),
                                new BigDecimal("1000000"), "矩阵预测", null)))
                .row(com.headpin.forecast.ForecastCallService.class, "adjust(AdjustmentInput)", MANAGE,
                        c -> forecastCalls.adjust(new com.headpin.forecast.AdjustmentInput(c.owner(),
                                forecastYear(c).key(), new BigDecimal("900000"), null, "矩阵调整", null)))
                .row(com.headpin.forecast.ForecastCallService.class, "clearAdjustment(String,long,long)", MANAGE,
                        c -> {
                            String key = forecastYear(c).key();
                            Long version = c.asAdmin(() -> forecastCalls.adjust(new com.headpin.forecast
                                    .AdjustmentInput(c.owner(), key, new BigDecimal("900000"), null, "矩阵调整", null))
                                    .adjustmentVersion());
                            return forecastCalls.clearAdjustment(key, c.owner(), version);
                        })
                .row(com.headpin.forecast.ForecastExportService.class, "csv(String,Locale)", EDIT,
                        c -> forecastExports.csv(forecastYear(c).key(), java.util.Locale.CHINESE)
                                .contains(c.records().teamName()))
                .row(com.headpin.forecast.ForecastExportService.class, "xlsx(String,Locale)", EDIT,
                        c -> xlsxNames(forecastExports.xlsx(forecastYear(c).key(), java.util.Locale.CHINESE))
                                .contains(c.records().teamName()))
                // forecast: quotas (a rep's by the managers above, a unit's by the directors above; reps read their
                // own), attainment over the caller's part, and deals' win/loss report within the deal visibility rule
                .row(com.headpin.forecast.QuotaService.class, "currentFiscalYear()", ANYONE,
                        c -> quotaService.currentFiscalYear())
                .row(com.headpin.forecast.QuotaService.class, "board(int)", EDIT,
                        c -> quotaService.board(forecastYear(c).fiscalYear()).rep(c.owner()))
                .row(com.headpin.forecast.QuotaService.class, "setRepQuota(long,QuotaInput)", MANAGE,
                        c -> quotaService.setRepQuota(c.owner(), quotaInput(c, c.owner(), null)))
                .row(com.headpin.forecast.QuotaService.class, "setUnitQuota(long,QuotaInput)", MANAGE,
                        c -> quotaService.setUnitQuota(c.records().teamId(), quotaInput(c, null, c.records().teamId())))
                .row(com.headpin.forecast.QuotaService.class, "preview(long,int,Distribution)", MANAGE,
                        c -> quotaService.preview(c.records().teamId(), forecastYear(c).fiscalYear(),
                                com.headpin.forecast.Distribution.EVEN))
                .row(com.headpin.forecast.QuotaService.class, "distribute(long,int,long,Distribution)",
                        "Y- YN NN NN NN NN", c -> {
                            int year = forecastYear(c).fiscalYear();
                            long region = c.records().regionId();
                            com.headpin.forecast.QuotaInput input = quotaInput(c, null, region);
                            com.headpin.forecast.QuotaFigures top = c.asAdmin(() -> quotaService.setUnitQuota(region,
                                    input));
                            return quotaService.distribute(region, year, top.version(),
                                    com.headpin.forecast.Distribution.PROPORTIONAL);
                        })
                .row(com.headpin.forecast.AttainmentService.class, "cumulative(int)", ANYONE,
                        c -> attainment.cumulative(forecastYear(c).fiscalYear()))
                .row(com.headpin.deals.DealOutcomeReport.class, "between(LocalDate,LocalDate)", READ, c -> {
                    DealDetails deal = given.deal(c);
                    c.asAdmin(() -> dealStages.setOutcome(deal.id(), deal.version(),
                            OutcomeInput.lost("矩阵 Matrix", null)));
                    java.time.LocalDate today = businessCalendar.today();
                    return outcomeReport.between(today.minusDays(1), today.plusDays(1)).deals().stream()
                            .anyMatch(d -> d.id() == c.deal());
                })
                // forecast movement: weekly snapshots (frozen by directors and administrators, as the system, for
                // everyone), movement and accuracy as far as the caller's forecast reaches; deal states for the system
                .row(DealHistoryService.class, "statesOn(LocalDate,Collection,LocalDate)", ADMINS,
                        c -> !dealHistory.statesOn(LocalDate.of(2100, 1, 1), List.of(c.owner()),
                                LocalDate.of(2000, 1, 1)).isEmpty())
                .row(com.headpin.forecast.SnapshotService.class, "snapshots()", ANYONE,
                        c -> context.getBean(com.headpin.forecast.SnapshotService.class).snapshots())
                .row(com.headpin.forecast.SnapshotService.class, "takenThisWeek()", ANYONE,
                        c -> "asked " + context.getBean(com.headpin.forecast.SnapshotService.class).takenThisWeek())
                .row(com.headpin.forecast.SnapshotService.class, "mayTakeSnapshots()", DIRECTORS,
                        c -> context.getBean(com.headpin.forecast.SnapshotService.class).mayTakeSnapshots())
                .row(com.headpin.forecast.SnapshotService.class, "takeNow()", DIRECTORS,
                        c -> context.getBean(com.headpin.forecast.SnapshotService.class).takeNow())
                .row(com.headpin.forecast.SnapshotService.class, "takeAsOf(LocalDate)", ADMINS,
                        c -> context.getBean(com.headpin.forecast.SnapshotService.class)
                                .takeAsOf(LocalDate.of(2026, 1, 5)))
                .row(com.headpin.forecast.MovementService.class, "scopes()", EDIT,
                        c -> context.getBean(com.headpin.forecast.MovementService.class).scopes().stream()
                                .anyMatch(s -> Long.valueOf(c.records().teamId()).equals(s.unitId())))
                .row(com.headpin.forecast.MovementService.class, "movement(long,long,MovementScope)", EDIT, c -> {
                    var weeks = context.getBean(com.headpin.forecast.SnapshotService.class).snapshots();
                    return context.getBean(com.headpin.forecast.MovementService.class).movement(weeks.get(1).id(),
                            weeks.get(0).id(), com.headpin.forecast.MovementScope.unit(c.records().teamId(), "", 0));
                })
                .row(com.headpin.forecast.AccuracyService.class, "accuracy(PeriodKind)", EDIT,
                        c -> context.getBean(com.headpin.forecast.AccuracyService.class)
                                .accuracy(com.headpin.forecast.PeriodKind.MONTH).rows().stream()
                                .anyMatch(row -> row.repId() == c.owner()))
                // forecast: the live meeting. A director above the unit opens, takes over and ends it; the unit's reps
                // and managers take part (resources do not); only the presenter (here the administrator who opened
                // it) steps through it; only the unit's own reps make a forecast call in it
                .row(com.headpin.forecast.MeetingService.class, "list()", EDIT, c -> {
                    long id = forecastMeeting(c);
                    return meetingService().list().stream().anyMatch(m -> m.id() == id);
                })
                .row(com.headpin.forecast.MeetingService.class, "find(long)", EDIT,
                        c -> meetingService().find(forecastMeeting(c)).isPresent())
                .row(com.headpin.forecast.MeetingService.class, "numbers(long)", EDIT,
                        c -> meetingService().numbers(forecastMeeting(c)).unit(c.records().teamId()).isPresent())
                .row(com.headpin.forecast.MeetingService.class, "openable()", MANAGE,
                        c -> meetingService().openable().stream().anyMatch(u -> u.id() == c.records().teamId()))
                .row(com.headpin.forecast.MeetingService.class, "open(long,Period)", MANAGE,
                        c -> meetingService().open(c.records().teamId(), forecastYear(c)))
                .rowVoid(com.headpin.forecast.MeetingService.class, "join(long)", EDIT,
                        c -> meetingService().join(forecastMeeting(c)))
                .rowVoid(com.headpin.forecast.MeetingService.class, "show(long,Long,Long)", ADMINS,
                        c -> meetingService().show(forecastMeeting(c), c.owner(), c.deal()))
                .row(com.headpin.forecast.MeetingService.class, "takeOver(long,long)", MANAGE,
                        c -> meetingService().takeOver(forecastMeeting(c), 0))
                .row(com.headpin.forecast.MeetingService.class, "end(long,long)", MANAGE,
                        c -> meetingService().end(forecastMeeting(c), 0))
                .rowVoid(com.headpin.forecast.MeetingMinutes.class, "addNote(long,Long,String)", EDIT,
                        c -> meetingMinutes().addNote(forecastMeeting(c), c.owner(), "矩阵决定"))
                .rowVoid(com.headpin.forecast.MeetingMinutes.class, "addAction(long,MeetingActionInput)", EDIT,
                        c -> meetingMinutes().addAction(forecastMeeting(c),
                                new com.headpin.forecast.MeetingActionInput("矩阵行动", c.owner(), null)))
                .rowVoid(com.headpin.forecast.MeetingMinutes.class, "setActionStatus(long,long,ActionStatus)", EDIT,
                        c -> {
                            long meeting = forecastMeeting(c);
                            // Owned by the record's owner where they are on its team, else by a member of it.
                            Set<Long> members = organisation.tree().unit(c.records().teamId()).orElseThrow().memberIds();
                            long owner = members.contains(c.owner()) ? c.owner() : members.iterator().next();
                            long action = c.asAdmin(() -> {
                                meetingMinutes().addAction(meeting,
                                        new com.headpin.forecast.MeetingActionInput("矩阵行动", owner, null));
                                return meetingService().find(meeting).orElseThrow().actions().getFirst().id();
                            });
                            meetingMinutes().setActionStatus(action, 0, ActionStatus.DONE);
                        })
                // only the caller's own open items, from meetings they take part in
                .row(com.headpin.forecast.MeetingMinutes.class, "mine()", ANYONE, c -> meetingMinutes().mine())
                .row(com.headpin.forecast.MeetingMinutes.class, "callOf(long)", EDIT,
                        c -> meetingMinutes().callOf(forecastMeeting(c)))
                .row(com.headpin.forecast.MeetingMinutes.class, "call(long,Long,BigDecimal,String)",
                        "N- NN YN YN YN NN", c -> {
                            long meeting = forecastMeeting(c);
                            Long version = meetingMinutes().callOf(meeting).version();
                            return meetingMinutes().call(meeting, version, new BigDecimal("1000000"), "矩阵");
                        })
                // resources: the pool is company-wide (directors change it, a resource records their own absences);
                // requests follow their deal (editors ask, the managers above it assign and decline); the consultant
                // is assigned in the cells of complete(), so they may mark it done wherever the deal is
                .row(com.headpin.resources.ResourcePoolService.class, "pool()", ANYONE, c -> resourcePool().pool())
                .row(com.headpin.resources.ResourcePoolService.class, "mine()", ANYONE,
                        c -> resourcePool().mine().stream().toList())
                .row(com.headpin.resources.ResourcePoolService.class, "mayManage()", ANYONE,
                        c -> String.valueOf(resourcePool().mayManage()))
                .row(com.headpin.resources.ResourcePoolService.class, "candidates()", DIRECTORS,
                        c -> resourcePool().candidates())
                .row(com.headpin.resources.ResourcePoolService.class, "save(ResourceInput)", DIRECTORS, c -> {
                    com.headpin.resources.ResourceSummary p = c.asAdmin(this::demoConsultant);
                    return resourcePool().save(new com.headpin.resources.ResourceInput(p.version(), p.userId(),
                            p.type(), p.skills(), p.homeRegionId(), p.regionOnly(), p.daysPerWeek(), p.active()));
                })
                .row(com.headpin.resources.ResourcePoolService.class, "addAbsence(long,AbsenceInput)",
                        "Y- YY YY NN NN YY", c -> resourcePool().addAbsence(c.asAdmin(this::demoConsultant).id(),
                                new com.headpin.resources.AbsenceInput(java.time.LocalDate.of(2030, 1, 7),
                                        java.time.LocalDate.of(2030, 1, 8), "矩阵")))
                .rowVoid(com.headpin.resources.ResourcePoolService.class, "removeAbsence(long)", "Y- YY YY NN NN YY",
                        c -> resourcePool().removeAbsence(c.asAdmin(() -> resourcePool().addAbsence(
                                demoConsultant().id(), new com.headpin.resources.AbsenceInput(
                                        java.time.LocalDate.of(2030, 1, 7), java.time.LocalDate.of(2030, 1, 8),
                                        "矩阵"))).id()))
                .row(com.headpin.resources.CapacityService.class, "grid(LocalDate,int)", DIRECTORS,
                        c -> context.getBean(com.headpin.resources.CapacityService.class)
                                .grid(java.time.LocalDate.of(2030, 1, 7), 4))
                .row(com.headpin.resources.ResourceRequestService.class, "permissions(long)", READ,
                        c -> resourceRequests().permissions(c.deal()))
                .row(com.headpin.resources.ResourceRequestService.class, "forDeal(long)", READ,
                        c -> resourceRequests().forDeal(c.deal()))
                .row(com.headpin.resources.ResourceRequestService.class, "draft(long,StageActivity,ResourceType)", EDIT,
                        c -> resourceRequests().draft(c.deal(), com.headpin.resources.StageActivity.NEGOTIATION,
                                com.headpin.resources.ResourceType.LEGAL))
                .row(com.headpin.resources.ResourceRequestService.class, "request(RequestInput)", EDIT,
                        c -> resourceRequests().request(resourceRequest(c.deal())))
                .row(com.headpin.resources.ResourceRequestService.class, "decline(long,long,String)", MANAGE, c -> {
                    com.headpin.resources.RequestRow r = c.asAdmin(() -> resourceRequests()
                            .request(resourceRequest(c.deal())));
                    return resourceRequests().decline(r.id(), r.version(), "矩阵");
                })
                .row(com.headpin.resources.ResourceRequestService.class, "complete(long,long)", "Y- YN YN NN NN YY",
                        c -> {
                            com.headpin.resources.RequestRow r = c.asAdmin(() -> assignedToConsultant(c.deal()));
                            return resourceRequests().complete(r.id(), r.version());
                        })
                .row(com.headpin.resources.AssignmentService.class, "openRequests()", MANAGE, c -> {
                    c.asAdmin(() -> resourceRequests().request(resourceRequest(c.deal())));
                    return resourceAssignments().openRequests().stream()
                            .anyMatch(o -> o.request().dealId() == c.deal());
                })
                .row(com.headpin.resources.AssignmentService.class, "candidates(long,LocalDate)", MANAGE, c -> {
                    com.headpin.resources.RequestRow r = c.asAdmin(() -> resourceRequests()
                            .request(resourceRequest(c.deal())));
                    return resourceAssignments().candidates(r.id(), null);
                })
                .row(com.headpin.resources.AssignmentService.class, "assign(AssignInput)", MANAGE, c -> {
                    com.headpin.resources.RequestRow r = c.asAdmin(() -> resourceRequests()
                            .request(resourceRequest(c.deal())));
                    long consultant = c.asAdmin(this::demoConsultant).id();
                    return resourceAssignments().assign(new com.headpin.resources.AssignInput(r.id(), r.version(),
                            consultant, null, "矩阵"));
                })
                .row(com.headpin.resources.AssignmentService.class, "mine()", ANYONE, c -> resourceAssignments().mine())
                .row(com.headpin.resources.DemandService.class, "outlook(YearMonth,int)", DIRECTORS,
                        c -> context.getBean(com.headpin.resources.DemandService.class)
                                .outlook(java.time.YearMonth.of(2030, 1), 3))
                .row(com.headpin.resources.ResourceReportService.class, "report(YearMonth,int)", DIRECTORS,
                        c -> context.getBean(com.headpin.resources.ResourceReportService.class)
                                .report(java.time.YearMonth.of(2030, 1), 3))
                .row(com.headpin.resources.ResourceReportService.class, "csv(YearMonth,int,Locale)", DIRECTORS,
                        c -> context.getBean(com.headpin.resources.ResourceReportService.class)
                                .csv(java.time.YearMonth.of(2030, 1), 3, Locale.SIMPLIFIED_CHINESE))
                .rowVoid(com.headpin.deals.DealTeamService.class, "addMember(long,long,DealRole)", MANAGE,
                        c -> context.getBean(com.headpin.deals.DealTeamService.class).addMember(c.deal(),
                                c.asAdmin(this::demoConsultant).userId(), com.headpin.deals.DealRole.LEGAL))
                // planning: the company calendar (everyone reads it; directors and administrators keep it) and the
                // cities of an owner's accounts (what the caller sees of them)
                .row(com.headpin.planning.CompanyCalendarService.class, "periods()", ANYONE,
                        c -> context.getBean(com.headpin.planning.CompanyCalendarService.class).periods())
                .row(com.headpin.planning.CompanyCalendarService.class, "occurrences(LocalDate,LocalDate)", ANYONE,
                        c -> context.getBean(com.headpin.planning.CompanyCalendarService.class).occurrences(
                                java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2027, 12, 31)))
                .row(com.headpin.planning.CompanyCalendarService.class, "mayEdit()", DIRECTORS,
                        c -> context.getBean(com.headpin.planning.CompanyCalendarService.class).mayEdit())
                .row(com.headpin.planning.CompanyCalendarService.class, "save(CalendarPeriodInput)", DIRECTORS,
                        c -> context.getBean(com.headpin.planning.CompanyCalendarService.class).save(
                                new com.headpin.planning.CalendarPeriodInput(null, 0,
                                        com.headpin.planning.PeriodKind.OTHER, "矩阵假期", java.time.LocalDate.of(2027, 6, 9),
                                        java.time.LocalDate.of(2027, 6, 11), false, true)))
                .rowVoid(com.headpin.planning.CompanyCalendarService.class, "delete(long,long)", DIRECTORS, c -> {
                    var calendar = context.getBean(com.headpin.planning.CompanyCalendarService.class);
                    var period = c.asAdmin(() -> calendar.save(new com.headpin.planning.CalendarPeriodInput(null, 0,
                            com.headpin.planning.PeriodKind.OTHER, "矩阵假期", java.time.LocalDate.of(2027, 6, 9),
                            java.time.LocalDate.of(2027, 6, 11), false, true)));
                    calendar.delete(period.id(), period.version());
                })
                .row(AccountStatistics.class, "citiesOf(long)", READ,
                        c -> statistics.citiesOf(c.owner()).values().stream().mapToLong(Long::longValue).sum() > 0)
                // planning: a rep plans for themself, a director for the reps they manage, an administrator for any
                .row(com.headpin.planning.PlanningService.class, "plannable()", ANYONE,
                        c -> context.getBean(com.headpin.planning.PlanningService.class).plannable())
                .row(com.headpin.planning.PlanningService.class, "draft(long,int)", EDIT,
                        c -> context.getBean(com.headpin.planning.PlanningService.class).draft(c.owner(), 2027))
                .row(com.headpin.planning.PlanningService.class, "plan(long,PlanRequest)", EDIT,
                        c -> context.getBean(com.headpin.planning.PlanningService.class).plan(c.owner(),
                                new com.headpin.planning.PlanRequest(2027, new java.math.BigDecimal("5000000"),
                                        new java.math.BigDecimal("1000000"), java.time.YearMonth.of(2027, 5),
                                        java.time.YearMonth.of(2027, 11), java.time.YearMonth.of(2027, 12), 2, 1)))
                // planning: team plans — a director plans for the units they manage (and those below), an
                // administrator for any; reps and resources do not
                .row(com.headpin.planning.TeamPlanningService.class, "plannableTeams()", DIRECTORS,
                        c -> context.getBean(com.headpin.planning.TeamPlanningService.class).plannableTeams())
                .row(com.headpin.planning.TeamPlanningService.class, "draft(long,int)", MANAGE,
                        c -> context.getBean(com.headpin.planning.TeamPlanningService.class)
                                .draft(c.records().teamId(), 2027))
                .row(com.headpin.planning.TeamPlanningService.class, "plan(long,PlanRequest)", MANAGE,
                        c -> context.getBean(com.headpin.planning.TeamPlanningService.class)
                                .plan(c.records().teamId(), salesPlanRequest()))
                // planning: the customer's year (everyone sees the year and their own accounts' reminders; the
                // daily job, as the system administrator, sends them)
                .row(com.headpin.planning.CustomerYearService.class, "year(int)", ANYONE,
                        c -> context.getBean(com.headpin.planning.CustomerYearService.class).year(2027))
                .row(com.headpin.planning.CustomerYearService.class, "sendDueReminders()", ADMINS,
                        c -> context.getBean(com.headpin.planning.CustomerYearService.class).sendDueReminders())
                // forecast: shared dialogs — a quota as stored now, for whoever sees it on the quotas page
                .row(com.headpin.forecast.QuotaService.class, "repQuota(long,int)", EDIT, c -> {
                    quotaService.repQuota(c.owner(), forecastYear(c).fiscalYear());
                    return true;
                })
                .row(com.headpin.forecast.QuotaService.class, "unitQuota(long,int)", EDIT, c -> {
                    quotaService.unitQuota(c.records().teamId(), forecastYear(c).fiscalYear());
                    return true;
                })
                // planning: saved plans — whoever plans for the rep saves, submits and reopens them; a director above
                // the rep (or an administrator) approves or returns them and finds them waiting on the home view
                .row(com.headpin.planning.SavedPlanService.class, "find(long,int)", EDIT, c -> {
                    salesPlan(c);
                    return savedPlans().find(c.owner(), SALES_PLAN_YEAR);
                })
                .row(com.headpin.planning.SavedPlanService.class, "permissions(long,int)", EDIT,
                        c -> savedPlans().permissions(c.owner(), SALES_PLAN_YEAR))
                .row(com.headpin.planning.SavedPlanService.class, "create(long,PlanRequest)", EDIT,
                        c -> savedPlans().create(c.owner(), salesPlanRequest()))
                .row(com.headpin.planning.SavedPlanService.class, "update(long,long,PlanRequest)", EDIT, c -> {
                    var plan = salesPlan(c);
                    return savedPlans().update(plan.id(), plan.version(), salesPlanRequest());
                })
                .row(com.headpin.planning.SavedPlanService.class, "submit(long,long)", EDIT, c -> {
                    var plan = salesPlan(c);
                    return savedPlans().submit(plan.id(), plan.version());
                })
                .row(com.headpin.planning.SavedPlanService.class, "reopen(long,long)", EDIT, c -> {
                    var plan = submittedSalesPlan(c);
                    return savedPlans().reopen(plan.id(), plan.version());
                })
                .row(com.headpin.planning.SavedPlanService.class, "approve(long,long)", MANAGE, c -> {
                    var plan = submittedSalesPlan(c);
                    return savedPlans().approve(plan.id(), plan.version());
                })
                .row(com.headpin.planning.SavedPlanService.class, "sendBack(long,long,String)", MANAGE, c -> {
                    var plan = submittedSalesPlan(c);
                    return savedPlans().sendBack(plan.id(), plan.version(), "矩阵");
                })
                .row(com.headpin.planning.SavedPlanService.class, "awaitingMyApproval()", MANAGE, c -> {
                    var plan = submittedSalesPlan(c);
                    return savedPlans().awaitingMyApproval().stream().anyMatch(p -> p.planId() == plan.id());
                })
                // organisation: the tree is everyone's; changing it is for administrators
                .row(OrganisationService.class, "tree()", ANYONE, c -> organisation.tree())
                .row(OrganisationService.class, "placementOf(long)", ANYONE, c -> organisation.placementOf(c.owner()))
                .row(OrganisationService.class, "create(Long,UnitType,String)", ADMINS,
                        c -> organisation.create(c.records().regionId(), UnitType.TEAM, "矩阵小组"))
                .row(OrganisationService.class, "update(UnitChanges)", ADMINS, c -> {
                    OrgUnitSummary team = organisation.tree().unit(c.records().teamId()).orElseThrow();
                    return organisation.update(new UnitChanges(team.id(), team.version(), team.name(),
                            team.managerId(), team.memberIds()));
                })
                .rowVoid(OrganisationService.class, "delete(long,long)", ADMINS, c -> {
                    OrgUnitSummary team = given.newTeam(c);
                    organisation.delete(team.id(), team.version());
                })
                .row(Visibility.class, "current()", READ, c -> visibility.current().canSee(c.owner(),
                        c.records().teamId(), c.records().regionId()))
                .row(Visibility.class, "whoCanSee(List,Long,Long,Long)", ANYONE, c -> visibility.whoCanSee(
                        users.activeUsers(), c.owner(), c.records().teamId(), c.records().regionId()))
                .row(Visibility.class, "whoCanSee(List,Long,Long,Long,Collection)", ANYONE, c -> visibility.whoCanSee(
                        users.activeUsers(), c.owner(), c.records().teamId(), c.records().regionId(), Set.of()))
                // security: UserAccountService (users are managed by administrators; one's own settings by oneself)
                .row(UserAccountService.class, "page(String,Pageable)", ADMINS,
                        c -> users.page(c.records().ownerUsername(), Pageable.unpaged()))
                .row(UserAccountService.class, "activeUsers()", ANYONE, c -> users.activeUsers())
                .row(UserAccountService.class, "findAll(Collection)", ANYONE, c -> users.findAll(Set.of(c.owner())))
                .row(UserAccountService.class, "find(long)", ANYONE, c -> users.find(c.owner()))
                .row(UserAccountService.class, "me()", ANYONE, c -> users.me())
                .row(UserAccountService.class, "exists(String)", ANYONE,
                        c -> users.exists(c.records().ownerUsername()))
                .row(UserAccountService.class, "create(NewUser)", ADMINS, c -> users.create(newUser()))
                .row(UserAccountService.class, "createDemoUser(NewUser)", ADMINS, c -> users.createDemoUser(newUser()))
                .row(UserAccountService.class, "update(UserChanges)", ADMINS, c -> {
                    UserSummary owner = given.owner(c);
                    return users.update(new UserChanges(owner.id(), owner.version(), owner.fullName(),
                            owner.email(), owner.roles(), owner.enabled(), owner.preferredLanguage()));
                })
                .rowVoid(UserAccountService.class, "resetPassword(long,String)", ADMINS,
                        c -> users.resetPassword(c.owner(), "Matrix2026pw"))
                .rowVoid(UserAccountService.class, "changeOwnPassword(String,String)", ANYONE,
                        c -> users.changeOwnPassword("demo", "Matrix2026pw"))
                .row(UserAccountService.class, "mustChangeOwnPassword()", ANYONE,
                        c -> String.valueOf(users.mustChangeOwnPassword()))
                .rowVoid(UserAccountService.class, "setOwnLanguage(String)", ANYONE, c -> users.setOwnLanguage("en"))
                .rowVoid(UserAccountService.class, "setOwnDarkTheme(boolean)", ANYONE,
                        c -> users.setOwnDarkTheme(true))
                // settings: everyone reads the company settings; administrators change them
                .row(CompanySettingsService.class, "current()", ANYONE, c -> settings.current())
                .row(CompanySettingsService.class, "forEditing()", ADMINS, c -> settings.forEditing())
                .row(CompanySettingsService.class, "update(CompanySettingsChanges)", ADMINS, c -> {
                    CompanySettings now = c.asAdmin(() -> settings.forEditing());
                    return settings.update(new CompanySettingsChanges(now.version(), now.zone().getId(),
                            now.fiscalYearStart(), now.currency().getCurrencyCode(), now.forecastMeetingDay()));
                })
                // scheduling: ClusterJobs
                .row(ClusterJobs.class, "nextRun(String)", ADMINS, c -> String.valueOf(jobs.nextRun(PRUNING)))
                .rowVoid(ClusterJobs.class, "runNow(String)", ADMINS, c -> jobs.runNow(PRUNING))
                // collaboration: comments follow the record (a resource comments too); only one's own are changed
                .row(CommentService.class, "zone()", ANYONE, c -> comments.zone())
                .row(CommentService.class, "list(RecordType,long)", READ, c -> comments.list(ACCOUNT, c.account()))
                .row(CommentService.class, "mentionable(RecordType,long)", READ,
                        c -> comments.mentionable(ACCOUNT, c.account()))
                .row(CommentService.class, "add(RecordType,long,String)", READ,
                        c -> comments.add(ACCOUNT, c.account(), "矩阵"))
                .row(CommentService.class, "edit(long,String)", READ, c -> comments.edit(given.comment(c).id(), "改"))
                .rowVoid(CommentService.class, "delete(long,long)", READ, c -> {
                    CommentItem comment = given.comment(c);
                    comments.delete(comment.id(), comment.version());
                })
                .row(CommentService.class, "canChange(CommentItem)", ANYONE,
                        c -> String.valueOf(comments.canChange(given.comment(c))))
                // collaboration: notifications are shown only while their record is visible
                .row(NotificationService.class, "unread(int,Locale)", READ, c -> {
                    String text = given.notification(c);
                    return notifications.unread(500, Locale.ENGLISH).stream().anyMatch(n -> n.arguments().contains(text));
                })
                .row(NotificationService.class, "unreadCount()", READ, c -> {
                    long before = notifications.unreadCount();
                    given.notification(c);
                    return notifications.unreadCount() > before;
                })
                // (the caller's own notifications only: another's id is ignored)
                .rowVoid(NotificationService.class, "markRead(long)", ANYONE, c -> notifications.markRead(0))
                .rowVoid(NotificationService.class, "markAllRead()", ANYONE, c -> notifications.markAllRead())
                // collaboration: any service notifies; the bell re-checks the recipient's access when it shows it
                .rowVoid(Notifier.class, "notify(Set,NotificationRequest)", ANYONE, c -> notifier.notify(
                        Set.of(c.owner()), NotificationRequest.about(ACCOUNT, c.account(), "accounts/" + c.account(),
                                "notifications.mention", "矩阵", "矩阵")))
                .row(Timeline.class, "zone()", ANYONE, c -> timeline.zone())
                .row(Timeline.class, "entries(RecordType,long,Locale)", READ,
                        c -> !timeline.entries(ACCOUNT, c.account(), Locale.ENGLISH).isEmpty())
                // Methods that hand out and change no records, each with the reason.
                .exempt(History.class, "the primitive a module's own TimelineSource calls after checking the record "
                        + "(rows: Timeline.entries); another module cannot name the entity",
                        "changes(Class,Object,Fields)", "itemChanges(Class,String,Object,String,Function)")
                .exempt(LiveUpdates.class, "live plumbing: subscriptions of a view to topics whose records its "
                        + "services already checked; counts for metrics", "subscribe(Component,Topic,Consumer)",
                        "activeSubscriptions()", "busListeners()")
                .exempt(Broadcasts.class, "live plumbing: unstored messages between nodes and views",
                        "send(Topic,Record)", "subscribe(Component,Topic,Class,Consumer)",
                        "subscribeBatches(Component,Topic,Class,Consumer)", "listen(Topic,Class,Consumer)")
                .exempt(Presence.class, "who has a view open (names only), for its avatars; Vaadin's start-up hook",
                        "track(Component,Topic)", "onChange(Component,Topic,Consumer)", "present(Topic)",
                        "present(Collection)", "onChangeIn(Component,RecordType,Consumer)",
                        "localEntries()", "serviceInit(ServiceInitEvent)")
                .exempt(FieldIndicators.class, "needs a Vaadin component (a form's fields)",
                        "attach(Component,Topic,Map)")
                .exempt(FirstAdministrator.class, "the first set-up, before anyone can log in: open by design "
                        + "(FirstAdministratorIT)", "setupNeeded()", "setUp(FirstAdminSetup)");
    }

    @BeforeEach
    void fixture() {
        given = new AccessMatrixFixture(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyKindOfUserMayDoWhatTheRulesSayOnRecordsInsideAndOutsideTheirPart() {
        AccessMatrix matrix = matrix();
        assertThat(matrix.missingRows(context)).as("public service methods without a row in matrix() below "
                + "(each needs one, or an exemption with its reason)").isEmpty();
        assertThat(matrix.staleRows(context)).as("rows in matrix() below for methods that no longer exist")
                .isEmpty();

        Records banking = given.records("上海浦江银行");
        Records manufacturing = given.records("杭州精工机械");
        Records energy = given.records("华北电网");
        Map<Actor, Records> inside = new EnumMap<>(Map.of(Actor.ADMIN, banking, Actor.OTHER_REGION_DIRECTOR, energy,
                Actor.TEAM_MANAGER, banking, Actor.TEAM_REP, banking, Actor.OTHER_TEAM_REP, energy,
                Actor.RESOURCE, manufacturing));
        Map<Actor, Records> outside = new EnumMap<>(Map.of(Actor.OTHER_REGION_DIRECTOR, banking,
                Actor.TEAM_MANAGER, energy, Actor.TEAM_REP, energy, Actor.OTHER_TEAM_REP, banking,
                Actor.RESOURCE, energy));
        Map<Actor, Long> ids = new EnumMap<>(Actor.class);
        for (Actor actor : Actor.values()) {
            ids.put(actor, ((com.headpin.shared.Actor) logIn(actor.username).getPrincipal()).userId());
        }

        assertThat(matrix.check(transactions, this::logIn, ids, inside, outside)).isEmpty();
    }

    @Test
    void everyServiceMethodRefusesACallerWhoIsNotLoggedIn() {
        AccessMatrix matrix = matrix();
        assertThat(ApiServiceMethods.callableAnonymously(context, transactions,
                key -> matrix.isExempt(key) || OPEN.contains(key)))
                .as("service methods that do not refuse an anonymous caller first").isEmpty();
        assertThat(visibility.current()).isEqualTo(VisibilityScope.NOTHING);
    }

    private DealLane laneOf(AccessMatrix.Cell c) throws Exception {
        DealDetails deal = given.deal(c);
        return DealLane.of(deal.stage(), deal.outcome());
    }

    /** The cell's deal's contact as a buying influence of it (made as the administrator when missing). */
    private long winInfluence(AccessMatrix.Cell c) throws Exception {
        return c.asAdmin(() -> influenceRows.findByDealIdOrderByIdAsc(c.deal()).stream()
                .filter(i -> i.getContactId() == c.records().contactId()).findFirst()
                .orElseGet(() -> influenceRows.saveAndFlush(new BuyingInfluence(c.deal(), c.records().contactId())))
                .requireId());
    }

    /** A win result on that influence, given by the administrator. */
    private PersonalWinResult winAssigned(AccessMatrix.Cell c) throws Exception {
        long influence = winInfluence(c);
        return c.asAdmin(() -> winResults.addOwn(c.deal(), influence, "矩阵 matrix", null));
    }

    private static DealFilter dealNamed(AccessMatrix.Cell c) {
        return new DealFilter(c.records().dealName(), null, null, null, null);
    }

    /** A line from a new contact of the cell's account (made by the administrator) to the account's contact. */
    private InfluenceLineInput influenceLine(AccessMatrix.Cell c) throws Exception {
        long from = c.asAdmin(() -> contacts.create(c.account(), contactInput())).id();
        return new InfluenceLineInput(from, c.records().contactId(), null);
    }

    /**
     * A call today with the record's contact, by the caller (stakeholders: contact log). Made before any
     * {@code c.asAdmin}, which logs the cell's actor back in when done.
     */
    private com.headpin.stakeholders.ContactLogInput contactLogInput(AccessMatrix.Cell c) throws Exception {
        return new com.headpin.stakeholders.ContactLogInput(0, c.asAdmin(() -> contactLog.choices(c.account(),
                null).today()), com.headpin.stakeholders.ContactLogKind.CALL, List.of(c.records().contactId()),
                List.of(c.userId()), "矩阵");
    }

    private Authentication logIn(String username) {
        return logIns.computeIfAbsent(username, name -> {
            UserDetails user = userDetails.loadUserByUsername(name);
            return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        });
    }

    /** A buying influence the administrator adds on the cell's deal, for a cell to change or remove. */
    private InfluenceRow newInfluence(AccessMatrix.Cell c) throws Exception {
        long contactId = given.newContact(c).id();
        return c.asAdmin(() -> buyingInfluences.add(c.deal(), contactId, influenceInput(0)));
    }

    private static InfluenceInput influenceInput(long version) {
        return new InfluenceInput(version, Set.of(InfluenceRole.USER), null, null, null, "矩阵");
    }

    /** The names column of an exported forecast sheet. */
    private static List<String> xlsxNames(byte[] xlsx) throws java.io.IOException {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<String> names = new java.util.ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> names.add(row.getCell(1).getStringCellValue().strip()));
            return names;
        }
    }

    /** A quota for the record's year on the version stored now (read as the administrator). */
    private com.headpin.forecast.QuotaInput quotaInput(AccessMatrix.Cell c, @Nullable Long repId, @Nullable Long unitId)
            throws Exception {
        int year = forecastYear(c).fiscalYear();
        com.headpin.forecast.QuotaBoard board = c.asAdmin(() -> quotaService.board(year));
        com.headpin.forecast.QuotaFigures now = repId != null
                ? board.rep(repId).map(com.headpin.forecast.QuotaBoard.Rep::quota).orElse(null)
                : board.unit(java.util.Objects.requireNonNull(unitId)).map(com.headpin.forecast.QuotaBoard.Unit::topDown)
                .orElse(null);
        return com.headpin.forecast.QuotaInput.even(year, now == null ? null : now.version(),
                new java.math.BigDecimal("1200000.00"));
    }

    /** The fiscal year the record's deal is expected to close in. */
    private com.headpin.forecast.Period forecastYear(AccessMatrix.Cell c) throws Exception {
        return periods.containing(com.headpin.forecast.PeriodKind.YEAR, given.deal(c).expectedClose());
    }

    /** A forecast meeting of the record's team for its deal's fiscal year, opened (and presented) by the administrator. */
    private long forecastMeeting(AccessMatrix.Cell c) throws Exception {
        com.headpin.forecast.Period period = forecastYear(c);
        return c.asAdmin(() -> meetingService().open(c.records().teamId(), period).id());
    }

    private com.headpin.forecast.MeetingService meetingService() {
        return context.getBean(com.headpin.forecast.MeetingService.class);
    }

    private com.headpin.forecast.MeetingMinutes meetingMinutes() {
        return context.getBean(com.headpin.forecast.MeetingMinutes.class);
    }

    // resources (helpers of the rows above)

    private com.headpin.resources.ResourcePoolService resourcePool() {
        return context.getBean(com.headpin.resources.ResourcePoolService.class);
    }

    private com.headpin.resources.ResourceRequestService resourceRequests() {
        return context.getBean(com.headpin.resources.ResourceRequestService.class);
    }

    private com.headpin.resources.AssignmentService resourceAssignments() {
        return context.getBean(com.headpin.resources.AssignmentService.class);
    }

    /** The demo consultant's pool record (the only consultant of the demo pool). */
    private com.headpin.resources.ResourceSummary demoConsultant() {
        return resourcePool().pool().stream()
                .filter(p -> p.type() == com.headpin.resources.ResourceType.CONSULTANT).findFirst().orElseThrow();
    }

    /** A legal request for a day of negotiation far ahead, so it meets no demo assignment. */
    private static com.headpin.resources.RequestInput resourceRequest(long dealId) {
        java.time.LocalDate day = java.time.LocalDate.of(2030, 1, 9);
        return new com.headpin.resources.RequestInput(dealId, com.headpin.resources.ResourceType.LEGAL, null,
                com.headpin.resources.StageActivity.NEGOTIATION, day, day, java.math.BigDecimal.ONE, "矩阵");
    }

    private com.headpin.resources.RequestRow assignedToConsultant(long dealId) {
        com.headpin.resources.RequestRow r = resourceRequests().request(resourceRequest(dealId));
        return resourceAssignments().assign(new com.headpin.resources.AssignInput(r.id(), r.version(),
                demoConsultant().id(), null, "矩阵"));
    }

    /** A year no demo plan uses, so each cell saves the owner's plan afresh (rolled back after the cell). */
    private static final int SALES_PLAN_YEAR = 2035;

    private com.headpin.planning.SavedPlanService savedPlans() {
        return context.getBean(com.headpin.planning.SavedPlanService.class);
    }

    private static com.headpin.planning.PlanRequest salesPlanRequest() {
        return new com.headpin.planning.PlanRequest(SALES_PLAN_YEAR, new java.math.BigDecimal("5000000"),
                new java.math.BigDecimal("1000000"), java.time.YearMonth.of(SALES_PLAN_YEAR, 5),
                java.time.YearMonth.of(SALES_PLAN_YEAR, 11), java.time.YearMonth.of(SALES_PLAN_YEAR, 12), 2, 1);
    }

    /** The record owner's draft plan, saved by the administrator inside the cell. */
    private com.headpin.planning.SavedPlan salesPlan(AccessMatrix.Cell c) throws Exception {
        return c.asAdmin(() -> savedPlans().create(c.owner(), salesPlanRequest()));
    }

    /** The record owner's plan, saved and submitted by the administrator inside the cell. */
    private com.headpin.planning.SavedPlan submittedSalesPlan(AccessMatrix.Cell c) throws Exception {
        return c.asAdmin(() -> {
            var plan = savedPlans().create(c.owner(), salesPlanRequest());
            return savedPlans().submit(plan.id(), plan.version());
        });
    }
}
