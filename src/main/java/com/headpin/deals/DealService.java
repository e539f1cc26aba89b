package com.headpin.deals;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountDealsChanged;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountService;
import com.headpin.deals.internal.CompetitorList;
import com.headpin.deals.internal.Deal;
import com.headpin.deals.internal.DealFields;
import com.headpin.deals.internal.DealFinder;
import com.headpin.deals.internal.DealHistoryWriter;
import com.headpin.deals.internal.DealReader;
import com.headpin.deals.internal.DealRepository;
import com.headpin.deals.internal.DealRules;
import com.headpin.deals.internal.DealSpecifications;
import com.headpin.deals.internal.DealQueries;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.PlacementRules;
import com.headpin.organisation.UnitType;
import com.headpin.organisation.Visibility;
import com.headpin.organisation.VisibilityScope;
import com.headpin.security.CurrentUser;
import com.headpin.security.Editors;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import com.headpin.shared.SearchText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deals. Every read and write applies the visibility rule with the deal team counted in: a deal belongs to its
 * owner and team (and through them its region), the managers above it see it, and its deal-team members open it from
 * wherever they are. Anyone logged in reads what they may see; changes need REP, DIRECTOR or ADMIN (a RESOURCE reads
 * and comments only); owner, team and region change only by the managers above the deal. A deal the caller may not
 * see is answered exactly like one that does not exist. Stage moves and outcomes: {@link DealStageService}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DealService {

    /** The most deals one name search returns. */
    public static final int SEARCH_LIMIT = 50;

    private final DealRepository deals;
    private final DealFinder finder;
    private final DealRules rules;
    private final DealReader reader;
    private final DealQueries queries;
    private final DealHistoryWriter history;
    private final CompetitorList competitors;
    private final SalesProcessService process;
    private final AccountService accounts;
    private final Visibility visibility;
    private final OrganisationService organisation;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DealService(DealRepository deals, DealFinder finder, DealRules rules, DealReader reader, DealQueries queries,
                DealHistoryWriter history,
                CompetitorList competitors, SalesProcessService process, AccountService accounts,
                Visibility visibility, OrganisationService organisation, UserAccountService users,
                CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.deals = deals;
        this.finder = finder;
        this.rules = rules;
        this.reader = reader;
        this.queries = queries;
        this.history = history;
        this.competitors = competitors;
        this.process = process;
        this.accounts = accounts;
        this.visibility = visibility;
        this.organisation = organisation;
        this.users = users;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<DealSummary> page(DealFilter filter, Pageable pageable) {
        Page<Deal> page = deals.findAll(queries.matching(filter), pageable);
        List<DealSummary> rows = reader.summaries(page.getContent(), process.current());
        return new org.springframework.data.domain.PageImpl<>(rows, pageable, page.getTotalElements());
    }

    @Transactional(readOnly = true)
    public long count(DealFilter filter) {
        return deals.count(queries.matching(filter));
    }

    /**
     * At most {@code limit} (up to {@link #SEARCH_LIMIT}) visible deals whose name contains the text, by name;
     * nothing for text too short to search ({@link SearchText}).
     */
    @Transactional(readOnly = true)
    public List<DealSummary> search(String text, int limit) {
        SearchText search = SearchText.of(text);
        if (!search.searchable()) {
            return List.of();
        }
        List<Deal> found = deals.findAll(DealSpecifications.visibleTo(visibility.current())
                .and(DealSpecifications.named(search)),
                PageRequest.of(0, Math.clamp(limit, 1, SEARCH_LIMIT), Sort.by("name"))).getContent();
        return reader.summaries(found, process.current());
    }

    /** The deal, if it exists and the caller may see it: both cases answer the same. */
    @Transactional(readOnly = true)
    public Optional<DealDetails> find(long id) {
        return finder.find(id).map(deal -> reader.details(deal, process.current()));
    }

    /**
     * Checks that the caller may see the deal, for modules whose records belong to one. Missing and outside the
     * caller's part answer the same: {@code InvalidInputException} "deal.not-found".
     */
    @Transactional(readOnly = true)
    public void requireVisible(long id) {
        load(id);
    }

    /** The deals of the phased project the deal belongs to (itself included), those the caller may see. */
    @Transactional(readOnly = true)
    public List<DealSummary> phases(long id) {
        Deal deal = load(id);
        if (deal.getProgramId() == null && !deals.existsByProgramId(id)) {
            return List.of();
        }
        long root = deal.getProgramId() != null ? deal.getProgramId() : id;
        return reader.summaries(deals.findProgram(root).stream().filter(this::isVisible).toList(), process.current());
    }

    /** The company's competitors by name, for pickers (a deal may also name a new one). */
    @Transactional(readOnly = true)
    public List<String> competitors() {
        return competitors.names();
    }

    /** What the caller may do with the deal ({@code null}: a new one) and the owners, teams and regions to offer. */
    @Transactional(readOnly = true)
    public DealChoices choices(@Nullable Long id) {
        Deal deal = id == null ? null : load(id);
        boolean mayEdit = currentUser.has(Role.REP) || currentUser.has(Role.DIRECTOR) || currentUser.has(Role.ADMIN);
        VisibilityScope scope = visibility.current();
        boolean manages = deal == null || deal.managedBy(scope);
        boolean mayOverride = mayEdit && deal != null && manages
                && (currentUser.has(Role.DIRECTOR) || currentUser.has(Role.ADMIN));
        if (!mayEdit || !manages) {
            return new DealChoices(mayEdit, false, false, Set.of(), Set.of(), Set.of());
        }
        OrgTree tree = organisation.tree();
        return new DealChoices(true, true, mayOverride,
                users.activeUsers().stream().map(UserSummary::id).filter(scope::mayAssignOwner)
                        .collect(Collectors.toSet()),
                unitIds(tree, UnitType.TEAM, scope::mayAssignTeam), unitIds(tree, UnitType.REGION,
                        scope::mayAssignRegion));
    }

    /**
     * A new deal's input for a visible account: owned by the caller, on the account's team if the caller may place
     * it there (else the caller's first team), expected to close after the sales process's typical cycle.
     */
    @Editors
    @Transactional(readOnly = true)
    public DealInput draft(long accountId) {
        AccountDetails account = accounts.find(accountId)
                .orElseThrow(() -> InvalidInputException.of("account", "account.not-found"));
        long me = currentUser.requireId();
        VisibilityScope scope = visibility.current();
        OrgTree tree = organisation.tree();
        Long team = account.teamId() != null && scope.mayAssignTeam(account.teamId()) ? account.teamId()
                : tree.teamsOf(me).stream().map(OrgUnitSummary::id).findFirst().orElse(null);
        Long region = team != null ? PlacementRules.regionOf(team, tree) : null;
        SalesProcess sales = process.current();
        return new DealInput(0, accountId, "", null, history.today().plusWeeks(sales.typicalCycleWeeks()), me, team,
                region, ForecastCategory.PIPELINE, null, Set.of(), Set.of(), Set.of(), null, null);
    }

    @Editors
    public DealDetails create(DealInput input) {
        accounts.requireVisible(input.accountId());
        SalesProcess sales = process.current();
        return reader.details(insert(input, DealStage.SEMINAR, visibility.current(), organisation.tree(), sales),
                sales);
    }

    /**
     * Checks and stores a new deal at {@code stage} (an import brings deals already under way) with its CREATED
     * history row; the caller has checked that the account is visible, and passes what a whole file shares.
     */
    Deal insert(DealInput input, DealStage stage, VisibilityScope scope, OrgTree tree, SalesProcess sales) {
        rules.check(input, null, scope, tree);
        Deal deal = new Deal(input.accountId(), clock.instant());
        deal.apply(fields(input), clock.instant());
        deal.moveTo(stage, clock.instant());
        deals.saveAndFlush(deal);
        history.record(deal, DealChange.CREATED, null, sales.probability(stage), null);
        events.publishEvent(new AccountDealsChanged(Set.of(deal.getAccountId())));
        events.publishEvent(RecordChanged.of(DealTopics.DEAL, deal.requireId(), Set.of(), DealTopics.LIST,
                DealTopics.BOARD));
        return deal;
    }

    @Editors
    public DealDetails update(long id, DealInput input) {
        Deal deal = load(id);
        deal.checkVersion(input.version());
        rules.check(input, deal, visibility.current(), organisation.tree());
        boolean amountChanged = input.amount().compareTo(deal.getAmount()) != 0;
        boolean forecastChanged = amountChanged
                || !input.expectedClose().equals(deal.getExpectedClose())
                || input.forecastCategory() != deal.getForecastCategory();
        deal.apply(fields(input), clock.instant());
        deals.saveAndFlush(deal);
        SalesProcess sales = process.current();
        if (forecastChanged) {
            history.record(deal, DealChange.CHANGED, null, sales.probability(deal.getStage()), null);
        }
        if (amountChanged) {
            events.publishEvent(new AccountDealsChanged(Set.of(deal.getAccountId())));
        }
        events.publishEvent(RecordChanged.of(DealTopics.DEAL, id, Set.of("fields"), DealTopics.LIST,
                DealTopics.BOARD));
        return reader.details(deal, sales);
    }

    /** The checked input as the entity takes it; adds competitors named for the first time. */
    private DealFields fields(DealInput input) {
        return new DealFields(input.name().strip(), input.amount(), input.expectedClose(), input.ownerId(),
                input.teamId(), input.regionId(), input.forecastCategory(),
                com.headpin.shared.InputRules.trimToNull(input.nextStep()), input.phase(),
                rules.programRoot(input.programId()), input.team(), competitors.resolve(input.competitors()),
                input.partners().stream().map(String::strip).collect(Collectors.toSet()));
    }

    private static Set<Long> unitIds(OrgTree tree, UnitType type, LongPredicate allowed) {
        return tree.all().stream().filter(unit -> unit.type() == type).map(OrgUnitSummary::id)
                .filter(allowed::test).collect(Collectors.toSet());
    }

    private Deal load(long id) {
        return finder.load(id);
    }

    private boolean isVisible(Deal deal) {
        return finder.visible(deal);
    }

    /** The visible deals among {@code ids}, for other modules' batch views (board presence, red flags). */
    @Transactional(readOnly = true)
    public List<DealSummary> summaries(Collection<Long> ids) {
        return reader.summaries(deals.findAllById(ids).stream().filter(this::isVisible).toList(), process.current());
    }
}
