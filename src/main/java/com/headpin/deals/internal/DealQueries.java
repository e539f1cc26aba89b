package com.headpin.deals.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.deals.CloseQuarter;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealLane;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealStage;
import com.headpin.organisation.Visibility;
import com.headpin.shared.BusinessCalendar;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Deal filters as queries within the caller's visibility: the close quarter as a date range of the company's fiscal
 * year, the account tier as the visible accounts of that tier; and the board's aggregates, each one statement.
 */
@Component
public class DealQueries {

    private final Visibility visibility;
    private final AccountService accounts;
    private final BusinessCalendar calendar;
    private final EntityManager entityManager;

    DealQueries(Visibility visibility, AccountService accounts, BusinessCalendar calendar,
                EntityManager entityManager) {
        this.visibility = visibility;
        this.accounts = accounts;
        this.calendar = calendar;
        this.entityManager = entityManager;
    }

    /** The visible deals the filter matches. */
    public Specification<Deal> matching(DealFilter filter) {
        Specification<Deal> spec = DealSpecifications.visibleTo(visibility.current())
                .and(DealSpecifications.matching(filter));
        CloseQuarter quarter = filter.closeQuarter();
        if (quarter != null) {
            LocalDate from = firstDay(quarter);
            spec = spec.and(DealSpecifications.closingBetween(from, from.plusMonths(3).minusDays(1)));
        }
        if (filter.tier() != null) {
            spec = spec.and(DealSpecifications.accountIn(accounts.ids(new AccountFilter("", filter.tier(), null,
                    null, null, null, true))));
        }
        return spec;
    }

    /** The deals of one board lane. */
    public static Specification<Deal> inLane(DealLane lane) {
        return (root, query, cb) -> lane.stage()
                .map(stage -> cb.and(cb.equal(root.get("outcome"), DealOutcome.OPEN),
                        cb.equal(root.get("stage"), stage)))
                .orElseGet(() -> cb.equal(root.get("outcome"), lane.outcome()));
    }

    /** The fiscal quarter a date falls in. */
    public CloseQuarter quarterOf(LocalDate date) {
        int year = calendar.fiscalYear(date);
        long months = java.time.temporal.ChronoUnit.MONTHS.between(calendar.fiscalYearStart(year).withDayOfMonth(1),
                date.withDayOfMonth(1));
        return new CloseQuarter(year, (int) months / 3 + 1);
    }

    private LocalDate firstDay(CloseQuarter quarter) {
        return calendar.fiscalYearStart(quarter.fiscalYear()).plusMonths(3L * (quarter.quarter() - 1));
    }

    /**
     * A slice of the matching deals, closing first: no count statement (a board lane knows its count from the
     * totals), so a page costs the same whether it is full or not.
     */
    public List<Deal> slice(Specification<Deal> spec, long offset, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Deal> query = cb.createQuery(Deal.class);
        Root<Deal> root = query.from(Deal.class);
        query.select(root).where(spec.toPredicate(root, query, cb))
                .orderBy(cb.asc(root.get("expectedClose")), cb.asc(root.get("id")));
        return entityManager.createQuery(query).setFirstResult((int) Math.min(Integer.MAX_VALUE, offset))
                .setMaxResults(limit).getResultList();
    }

    /** Count, amount and won amount per stage and outcome of the matching deals: one grouped statement. */
    public List<StageTotals> totals(Specification<Deal> spec) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Deal> root = query.from(Deal.class);
        Expression<BigDecimal> amount = root.get("amount");
        Expression<BigDecimal> finalAmount = root.get("finalAmount");
        query.multiselect(root.get("stage"), root.get("outcome"), cb.count(root), cb.sum(amount),
                        cb.sum(cb.coalesce(finalAmount, amount)))
                .where(spec.toPredicate(root, query, cb))
                .groupBy(root.get("stage"), root.get("outcome"));
        return entityManager.createQuery(query).getResultList().stream().map(row -> new StageTotals(
                row.get(0, DealStage.class), row.get(1, DealOutcome.class), row.get(2, Long.class),
                zeroIfNull(row.get(3, BigDecimal.class)), zeroIfNull(row.get(4, BigDecimal.class)))).toList();
    }

    /** Owners, teams, regions and the close-date range of the matching deals: one grouped statement. */
    public Placements placements(Specification<Deal> spec) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Deal> root = query.from(Deal.class);
        Expression<LocalDate> close = root.get("expectedClose");
        query.multiselect(root.get("ownerId"), root.get("teamId"), root.get("regionId"), cb.least(close),
                        cb.greatest(close))
                .where(spec.toPredicate(root, query, cb))
                .groupBy(root.get("ownerId"), root.get("teamId"), root.get("regionId"));
        List<Long> owners = new ArrayList<>();
        List<Long> teams = new ArrayList<>();
        List<Long> regions = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Tuple row : entityManager.createQuery(query).getResultList()) {
            owners.add(row.get(0, Long.class));
            addIfPresent(teams, row.get(1, Long.class));
            addIfPresent(regions, row.get(2, Long.class));
            LocalDate min = row.get(3, LocalDate.class);
            LocalDate max = row.get(4, LocalDate.class);
            first = first == null || min.isBefore(first) ? min : first;
            last = last == null || max.isAfter(last) ? max : last;
        }
        return new Placements(Set.copyOf(owners), Set.copyOf(teams), Set.copyOf(regions), first, last);
    }

    private static void addIfPresent(Collection<Long> ids, @Nullable Long id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static BigDecimal zeroIfNull(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** One row of {@link #totals}. */
    public record StageTotals(DealStage stage, DealOutcome outcome, long count, BigDecimal amount,
                              BigDecimal wonAmount) {
    }

    /** What {@link #placements} found; no dates when no deal matched. */
    public record Placements(Set<Long> ownerIds, Set<Long> teamIds, Set<Long> regionIds,
                             @Nullable LocalDate firstClose, @Nullable LocalDate lastClose) {
    }
}
