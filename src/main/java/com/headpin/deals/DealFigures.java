package com.headpin.deals;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.headpin.deals.internal.DealFigureQueries;
import com.headpin.deals.internal.DealReader;
import com.headpin.deals.internal.DealRepository;
import com.headpin.deals.internal.DealSpecifications;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.Visibility;
import com.headpin.organisation.VisibilityScope;
import com.headpin.organisation.UnitType;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deal side of the four numbers ([Forecast]): figures per owner for a period, grouped in the database, and the
 * deals behind them. Totals follow the forecast's rule, not the deal list's: one reads the figures of oneself, of the
 * people on one's teams (a rep or director sees the team's totals; a resource does not) and of the people one manages, whoever may open each deal;
 * the deals behind a number are only those the caller may open.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DealFigures {

    private final DealFigureQueries queries;
    private final DealRepository deals;
    private final DealReader reader;
    private final SalesProcessService process;
    private final Visibility visibility;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;

    DealFigures(DealFigureQueries queries, DealRepository deals, DealReader reader, SalesProcessService process,
                Visibility visibility, OrganisationService organisation, CurrentUser currentUser) {
        this.queries = queries;
        this.deals = deals;
        this.reader = reader;
        this.process = process;
        this.visibility = visibility;
        this.organisation = organisation;
        this.currentUser = currentUser;
    }

    /**
     * Figures for each of the owners whose figures the caller may read, between two days (both included); the
     * others are left out. Owners without deals in the period get zeros.
     */
    public Map<Long, OwnerFigures> byOwner(Collection<Long> ownerIds, LocalDate from, LocalDate to) {
        return queries.byOwner(readable(ownerIds), from, to, process.current());
    }

    /**
     * The deals in these owners' numbers for the period that the caller may open: open and delayed ones expected to
     * close in it, and those signed in it; by expected close.
     */
    public List<DealSummary> dealsIn(Collection<Long> ownerIds, LocalDate from, LocalDate to) {
        var spec = DealSpecifications.visibleTo(visibility.current())
                .and(DealSpecifications.inPeriod(Set.copyOf(ownerIds), from, to));
        return reader.summaries(deals.findAll(spec, Sort.by("expectedClose", "id")), process.current());
    }

    /** Of these owners, those whose figures the caller may read. */
    public Set<Long> readable(Collection<Long> ownerIds) {
        VisibilityScope scope = visibility.current();
        if (scope.all()) {
            return Set.copyOf(ownerIds);
        }
        Set<Long> allowed = new HashSet<>(scope.ownerIds());
        allowed.addAll(scope.managedPeopleIds());
        if (!currentUser.hasAny(Role.REP, Role.DIRECTOR)) {
            return ownerIds.stream().filter(allowed::contains).collect(java.util.stream.Collectors.toSet());
        }
        for (OrgUnitSummary unit : organisation.tree().all()) {
            if (unit.type() == UnitType.TEAM && scope.teamIds().contains(unit.id())) {
                allowed.addAll(unit.memberIds());
            }
        }
        return ownerIds.stream().filter(allowed::contains).collect(java.util.stream.Collectors.toSet());
    }
}
