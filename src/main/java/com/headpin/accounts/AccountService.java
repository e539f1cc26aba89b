package com.headpin.accounts;

import com.headpin.accounts.internal.Account;
import com.headpin.accounts.internal.AccountRepository;
import com.headpin.accounts.internal.AccountRules;
import com.headpin.accounts.internal.AccountSpecifications;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitType;
import com.headpin.organisation.Visibility;
import com.headpin.organisation.VisibilityScope;
import com.headpin.security.CurrentUser;
import com.headpin.security.Editors;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import com.headpin.shared.SearchText;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account profiles. Every read and write applies the visibility rule (organisation.VisibilityScope): a rep works on
 * their own and their teams' accounts, a director on the accounts placed in their part of the organisation. Anyone
 * logged in reads what they may see; changes need REP, DIRECTOR or ADMIN (a RESOURCE reads and comments only); owner,
 * team and region change only by the managers above the account (AccountPlacementRules). An account the caller may
 * not see is answered exactly like one that does not exist.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class AccountService {

    /** The changed "field" of a profile save on the account's topic (others there: contacts, scores, comments). */
    public static final String PROFILE = "profile";
    /** The most records one name search returns. */
    public static final int SEARCH_LIMIT = 50;

    private final AccountRepository accounts;
    private final Visibility visibility;
    private final UserAccountService users;
    private final TierService tiers;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountRules rules;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final FunnelPositions funnel;
    private final AccountSummaries summaries;

    AccountService(AccountRepository accounts, Visibility visibility, UserAccountService users,
                   TierService tiers, ApplicationEventPublisher events, Clock clock, AccountRules rules,
                   OrganisationService organisation, CurrentUser currentUser, FunnelPositions funnel,
                   AccountSummaries summaries) {
        this.summaries = summaries;
        this.funnel = funnel;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.visibility = visibility;
        this.users = users;
        this.tiers = tiers;
        this.events = events;
        this.clock = clock;
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    public Page<AccountSummary> page(AccountFilter filter, Pageable pageable) {
        return summaries.of(accounts.findAll(AccountSpecifications.visibleTo(visibility.current())
                .and(AccountSpecifications.matching(filter)), pageable));
    }

    @Transactional(readOnly = true)
    public long count(AccountFilter filter) {
        return accounts.count(AccountSpecifications.visibleTo(visibility.current())
                .and(AccountSpecifications.matching(filter)));
    }

    /** Visible accounts whose name matches, for pickers. */
    @Transactional(readOnly = true)
    public java.util.List<AccountRef> refs(String text, int offset, int limit) {
        AccountFilter filter = new AccountFilter(text, null, null, null, null, null, true);
        return accounts.findAll(AccountSpecifications.visibleTo(visibility.current())
                        .and(AccountSpecifications.matching(filter)),
                        org.springframework.data.domain.PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit),
                                org.springframework.data.domain.Sort.by("name")))
                .map(a -> new AccountRef(a.requireId(), a.getName())).getContent();
    }

    /**
     * The visible accounts whose name or other-script name is one of {@code names} (any case), for imports that name
     * an account: the importer finds only what they could pick in a form.
     */
    @Transactional(readOnly = true)
    public java.util.List<AccountNameMatch> named(java.util.Collection<String> names) {
        Set<String> lowerCase = names.stream().map(name -> name.strip().toLowerCase(java.util.Locale.ROOT))
                .filter(name -> !name.isEmpty()).collect(Collectors.toSet());
        if (lowerCase.isEmpty()) {
            return java.util.List.of();
        }
        return accounts.findAll(AccountSpecifications.visibleTo(visibility.current())
                .and(AccountSpecifications.namedAnyOf(lowerCase))).stream()
                .map(a -> new AccountNameMatch(a.requireId(), a.getName(), a.getAltName(), a.getTeamId())).toList();
    }

    /**
     * At most {@code limit} (up to {@link #SEARCH_LIMIT}) visible accounts whose name or other-script name contains
     * the text, by name, not-pursued ones included; nothing for text too short to search ({@link SearchText}).
     */
    @Transactional(readOnly = true)
    public java.util.List<AccountSummary> search(String text, int limit) {
        SearchText search = SearchText.of(text);
        if (!search.searchable()) {
            return java.util.List.of();
        }
        java.util.List<Account> found = accounts.findAll(AccountSpecifications.visibleTo(visibility.current())
                        .and(AccountSpecifications.named(search)), org.springframework.data.domain.PageRequest.of(0,
                        Math.clamp(limit, 1, SEARCH_LIMIT), org.springframework.data.domain.Sort.by("name")))
                .getContent();
        return summaries.of(found);
    }

    /** The account's name for a picker, if the caller may see it (a cheap visibility check for other modules). */
    @Transactional(readOnly = true)
    public Optional<AccountRef> ref(long id) {
        return accounts.findById(id).filter(this::isVisible).map(a -> new AccountRef(a.requireId(), a.getName()));
    }

    /** The account, if it exists and the caller may see it: both cases answer the same. */
    @Transactional(readOnly = true)
    public Optional<AccountDetails> find(long id) {
        return accounts.findById(id).filter(this::isVisible).map(Account::toDetails);
    }

    /**
     * What the caller may do with the account ({@code null}: a new one) and which owners, teams and regions the
     * form may offer. An account the caller cannot see is not found.
     */
    @Transactional(readOnly = true)
    public AccountChoices choices(@Nullable Long id) {
        Account account = id == null ? null : load(id);
        boolean mayEdit = currentUser.hasAny(Role.REP, Role.DIRECTOR, Role.ADMIN);
        VisibilityScope scope = visibility.current();
        boolean followsDeals = id != null && funnel.derived(Set.of(id)).containsKey(id);
        if (!mayEdit || (account != null && !account.managedBy(scope))) {
            return new AccountChoices(mayEdit, false, Set.of(), Set.of(), Set.of(), followsDeals);
        }
        OrgTree tree = organisation.tree();
        return new AccountChoices(true, true,
                users.activeUsers().stream().map(UserSummary::id).filter(scope::mayAssignOwner)
                        .collect(Collectors.toSet()),
                unitIds(tree, UnitType.TEAM, scope::mayAssignTeam),
                unitIds(tree, UnitType.REGION, scope::mayAssignRegion), followsDeals);
    }

    private static Set<Long> unitIds(OrgTree tree, UnitType type, java.util.function.LongPredicate allowed) {
        return tree.all().stream().filter(unit -> unit.type() == type).map(OrgUnitSummary::id)
                .filter(allowed::test).collect(Collectors.toSet());
    }

    @Editors
    public AccountDetails create(AccountInput input) {
        long id = insert(input);
        tiers.recompute();
        return find(id).orElseThrow();
    }

    /** Checks and stores a new account without recomputing tiers (the CSV import does that once per file). */
    long insert(AccountInput input) {
        return insert(input, rules.organisation());
    }

    /** As {@link #insert(AccountInput)}, with the organisation the import loaded once for its whole file. */
    long insert(AccountInput input, AccountRules.Organisation organisation) {
        rules.check(input, null, organisation);
        Account account = new Account(input.ownerId(), clock.instant());
        account.apply(input, clock.instant());
        long id = accounts.saveAndFlush(account).requireId();
        events.publishEvent(RecordChanged.of(AccountTopics.ACCOUNT, id, Set.of(), AccountTopics.LIST));
        return id;
    }

    @Editors
    public AccountDetails update(long id, AccountInput input) {
        Account account = load(id);
        account.checkVersion(input.version());
        rules.check(input, account);
        AccountDetails before = account.toDetails();
        account.apply(input, clock.instant());
        // Deals decide the position of an account that has them: a form opened before a deal moved it keeps it.
        if (funnel.derived(Set.of(id)).containsKey(id)) {
            account.keepFunnelPosition(before.funnelPosition());
        }
        AccountDetails after = accounts.saveAndFlush(account).toDetails();
        if (before.annualPotential().compareTo(after.annualPotential()) != 0) {
            tiers.recompute();
        }
        // Forms reload and compare field by field; listeners only need to tell the profile from contacts or scores.
        events.publishEvent(RecordChanged.of(AccountTopics.ACCOUNT, id, Set.of(PROFILE), AccountTopics.LIST));
        return find(id).orElseThrow();
    }

    /** The team decided to drop the account: kept, but out of the default lists. {@code null} resumes it. */
    @Editors
    public AccountDetails setNotPursuing(long id, long version, @Nullable String reason) {
        Account account = load(id);
        account.checkVersion(version);
        String trimmed = InputRules.trimToNull(reason);
        if (reason != null) {
            new InputRules().required("notPursuingReason", trimmed).maxLength("notPursuingReason", trimmed,
                    Account.NOT_PURSUING_REASON_MAX_LENGTH)
                    .check();
        }
        account.markNotPursuing(trimmed, clock.instant());
        accounts.saveAndFlush(account);
        events.publishEvent(RecordChanged.of(AccountTopics.ACCOUNT, id, Set.of("notPursuing"), AccountTopics.LIST));
        return find(id).orElseThrow();
    }

    /**
     * Checks that the logged-in user may see the account, for modules whose records belong to one. Missing and
     * outside the caller's part of the company answer the same: {@code InvalidInputException} "account.not-found".
     */
    @Transactional(readOnly = true)
    public void requireVisible(long id) {
        load(id);
    }

    /**
     * Whether the logged-in user is among the managers above the account (its team's manager, the directors above,
     * ADMIN), for modules whose managers' work hangs on an account (a plan's review). Missing and invisible accounts
     * are not found, as in {@link #requireVisible}.
     */
    @Transactional(readOnly = true)
    public boolean manages(long id) {
        return load(id).managedBy(visibility.current());
    }

    /** A visible account; a missing or invisible one is not found, alike, so ids reveal nothing. */
    Account load(long id) {
        return accounts.findById(id).filter(this::isVisible)
                .orElseThrow(() -> InvalidInputException.of("account", "account.not-found"));
    }

    private boolean isVisible(Account account) {
        return account.visibleTo(visibility.current());
    }

    /** Summaries of those of {@code ids} the caller may see, by name. */
    @Transactional(readOnly = true)
    public java.util.List<AccountSummary> summaries(java.util.Collection<Long> ids) {
        return summaries.of(accounts.findAllById(ids).stream().filter(this::isVisible).toList()).stream()
                .sorted(java.util.Comparator.comparing(AccountSummary::name)).toList();
    }

    /**
     * The names of those of {@code ids} the caller may see, for other modules' pages of records on accounts (a board
     * of deals): one statement, whatever the number.
     */
    @Transactional(readOnly = true)
    public Map<Long, String> names(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return accounts.findAll(AccountSpecifications.visibleTo(visibility.current())
                        .and((root, query, cb) -> root.get("id").in(ids))).stream()
                .collect(Collectors.toMap(Account::requireId, Account::getName));
    }

    /** The ids of the visible accounts the filter matches (another module's filter by tier): one statement. */
    @Transactional(readOnly = true)
    public Set<Long> ids(AccountFilter filter) {
        return accounts.findAll(AccountSpecifications.visibleTo(visibility.current())
                .and(AccountSpecifications.matching(filter))).stream().map(Account::requireId)
                .collect(Collectors.toSet());
    }


}
