package com.headpin.deals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.collaboration.Presence;
import com.headpin.collaboration.PresentUser;
import com.headpin.deals.internal.Deal;
import com.headpin.deals.internal.DealFilterRepository;
import com.headpin.deals.internal.DealFilterRow;
import com.headpin.deals.internal.DealQueries;
import com.headpin.deals.internal.DealReader;
import com.headpin.deals.internal.DealRepository;
import com.headpin.deals.internal.DealSpecifications;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.Visibility;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.Topic;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The war-room board: per lane a page of cards and the lane's totals, within what the caller may see and the
 * filters. The cost of a lane page does not grow with its cards: deals, account and owner names, stage dates, red
 * flags and viewers are each loaded once for the page; totals are one grouped statement for all lanes. Also the
 * filters the board and the deal list share: what they offer, and each user's saved choice (until then "my deals" for a rep, the whole part for others).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DealBoardService {

    private final DealRepository deals;
    private final DealQueries queries;
    private final DealReader reader;
    private final DealFilterRepository savedFilters;
    private final SalesProcessService process;
    private final List<DealFlagCounts> flagCounts;
    private final Presence presence;
    private final OrganisationService organisation;
    private final UserAccountService users;
    private final Visibility visibility;
    private final CurrentUser currentUser;
    private final BusinessCalendar calendar;

    DealBoardService(DealRepository deals, DealQueries queries, DealReader reader, DealFilterRepository savedFilters,
                     SalesProcessService process, List<DealFlagCounts> flagCounts, Presence presence,
                     OrganisationService organisation, UserAccountService users, Visibility visibility,
                     CurrentUser currentUser, BusinessCalendar calendar) {
        this.deals = deals;
        this.queries = queries;
        this.reader = reader;
        this.savedFilters = savedFilters;
        this.process = process;
        this.flagCounts = List.copyOf(flagCounts);
        this.presence = presence;
        this.organisation = organisation;
        this.users = users;
        this.visibility = visibility;
        this.currentUser = currentUser;
        this.calendar = calendar;
    }

    /** A page of a lane's cards, those closing first on top (the page's own sort is not used). */
    public List<DealCard> lane(DealLane lane, DealFilter filter, Pageable pageable) {
        return cards(queries.slice(queries.matching(filter).and(DealQueries.inLane(lane)), pageable.getOffset(),
                pageable.getPageSize()));
    }

    /**
     * The cards of those of the deals the caller may see and the filter matches: a live board refreshes the changed
     * cards with these, and drops those left out.
     */
    public List<DealCard> cards(DealFilter filter, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Specification<Deal> among = (root, query, cb) -> root.get("id").in(ids);
        return cards(deals.findAll(queries.matching(filter).and(among)));
    }

    /** Every lane's count, amount and weighted amount under the filter, lanes without deals at zero. */
    public Map<DealLane, LaneTotals> totals(DealFilter filter) {
        SalesProcess sales = process.current();
        Map<DealLane, LaneTotals> totals = new EnumMap<>(DealLane.class);
        for (DealLane lane : DealLane.values()) {
            totals.put(lane, LaneTotals.empty(lane));
        }
        for (DealQueries.StageTotals row : queries.totals(queries.matching(filter))) {
            DealLane lane = DealLane.of(row.stage(), row.outcome());
            BigDecimal weighted = switch (row.outcome()) {
                case OPEN -> row.amount().multiply(BigDecimal.valueOf(sales.probability(row.stage())))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                case WON -> row.wonAmount();
                case LOST, DELAYED -> BigDecimal.ZERO;
            };
            LaneTotals sum = totals.get(lane);
            totals.put(lane, new LaneTotals(lane, sum.count() + row.count(), sum.amount().add(row.amount()),
                    sum.weightedAmount().add(weighted)));
        }
        return totals;
    }

    /**
     * The owners, teams and regions of the deals the caller may see, and the fiscal quarters their close dates fall
     * in (this quarter among them): filters offer nothing outside the caller's part of the company.
     */
    public DealFilterOptions filterOptions() {
        DealQueries.Placements found = queries.placements(DealSpecifications.visibleTo(visibility.current()));
        OrgTree tree = organisation.tree();
        // The caller is always offered, so "my deals" can be chosen before they own one.
        Set<Long> ownerIds = new java.util.HashSet<>(found.ownerIds());
        ownerIds.add(currentUser.requireId());
        List<DealFilterOptions.Choice> owners = users.findAll(ownerIds).stream()
                .map(u -> new DealFilterOptions.Choice(u.id(), u.fullName()))
                .sorted(Comparator.comparing(DealFilterOptions.Choice::name)).toList();
        CloseQuarter now = queries.quarterOf(calendar.today());
        TreeSet<CloseQuarter> quarters = new TreeSet<>(Set.of(now));
        if (found.firstClose() != null && found.lastClose() != null) {
            CloseQuarter last = queries.quarterOf(found.lastClose());
            for (CloseQuarter q = queries.quarterOf(found.firstClose()); q.compareTo(last) <= 0; q = q.next()) {
                quarters.add(q);
            }
        }
        return new DealFilterOptions(owners, units(tree, found.teamIds()), units(tree, found.regionIds()),
                List.copyOf(quarters));
    }

    /**
     * The caller's saved filters; never saved: a rep's own deals, everyone else's whole part (a director reviews the
     * team's deals, a consultant's are those of the deal teams they are on, and neither owns many).
     */
    public SavedDealFilter savedFilter() {
        long me = currentUser.requireId();
        return savedFilters.findByUserId(me).map(row -> new SavedDealFilter(row.getVersion(), row.filter()))
                .orElseGet(() -> new SavedDealFilter(0, currentUser.has(Role.REP) && !currentUser.has(Role.DIRECTOR)
                        && !currentUser.has(Role.ADMIN) ? DealFilter.ownedBy(me) : DealFilter.ALL));
    }

    /**
     * Saves the caller's filters (only the shared criteria), made on the {@code version} they loaded (0: never
     * saved). Another window of theirs that saved meanwhile makes this one stale.
     */
    @Transactional
    public SavedDealFilter saveFilter(long version, DealFilter filter) {
        long me = currentUser.requireId();
        DealFilterRow row = savedFilters.findByUserId(me).orElseGet(() -> new DealFilterRow(me));
        if (row.getId() != null) {
            row.checkVersion(version);
        }
        row.save(filter.shared());
        savedFilters.saveAndFlush(row);
        return new SavedDealFilter(row.getVersion(), row.filter());
    }

    private List<DealCard> cards(List<Deal> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<Long> ids = page.stream().map(Deal::requireId).toList();
        Map<Long, Integer> flags = new HashMap<>();
        flagCounts.forEach(source -> source.counts(ids).forEach((id, count) -> flags.merge(id, count, Integer::sum)));
        Map<Topic, List<PresentUser>> present = presence.present(ids.stream().map(DealTopics.DEAL::topic).toList());
        Map<Long, List<PresentUser>> viewers = ids.stream().collect(Collectors.toMap(Function.identity(),
                id -> present.getOrDefault(DealTopics.DEAL.topic(id), List.of())));
        return reader.cards(page, process.current(), flags, viewers);
    }

    private static List<DealFilterOptions.Choice> units(OrgTree tree, Set<Long> ids) {
        return ids.stream().map(tree::unit).flatMap(java.util.Optional::stream)
                .map(u -> new DealFilterOptions.Choice(u.id(), u.name()))
                .sorted(Comparator.comparing(DealFilterOptions.Choice::name)).toList();
    }
}
