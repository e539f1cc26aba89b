package com.headpin.deals.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.headpin.deals.DealChange;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealStage;
import com.headpin.deals.OutcomeReport;
import com.headpin.organisation.VisibilityScope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.stereotype.Component;

/**
 * The win/loss report's statements: totals, lost reasons and winning competitors grouped in the database over the
 * visible deals closed in the period; the won deals' stage history read in one statement and measured here.
 */
@Component
public class DealOutcomeQueries {

    /** The deals listed at most; the totals always count them all. */
    static final int LISTED = 500;

    private final EntityManager entityManager;
    private final CompetitorRepository competitors;

    DealOutcomeQueries(EntityManager entityManager, CompetitorRepository competitors) {
        this.entityManager = entityManager;
        this.competitors = competitors;
    }

    public OutcomeReport report(VisibilityScope scope, LocalDate from, LocalDate to) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        Map<Long, String> names = new HashMap<>();
        competitors.findAll().forEach(c -> names.put(c.requireId(), c.getName()));

        CriteriaQuery<Tuple> totals = cb.createTupleQuery();
        Root<Deal> deal = totals.from(Deal.class);
        Expression<BigDecimal> amount = cb.coalesce(deal.get("finalAmount"), deal.get("amount"));
        totals.multiselect(deal.get("outcome"), cb.count(deal), cb.sum(amount))
                .where(closed(scope, cb, totals, deal, from, to)).groupBy(deal.get("outcome"));
        long won = 0;
        long lost = 0;
        BigDecimal wonAmount = BigDecimal.ZERO;
        BigDecimal lostAmount = BigDecimal.ZERO;
        for (Tuple row : entityManager.createQuery(totals).getResultList()) {
            if (row.get(0) == DealOutcome.WON) {
                won = row.get(1, Long.class);
                wonAmount = orZero(row.get(2, BigDecimal.class));
            } else {
                lost = row.get(1, Long.class);
                lostAmount = orZero(row.get(2, BigDecimal.class));
            }
        }

        List<OutcomeReport.Reason> reasons = new ArrayList<>();
        for (Tuple row : lostBy(scope, cb, "lostReason", from, to)) {
            reasons.add(new OutcomeReport.Reason(row.get(0) == null ? "" : (String) row.get(0),
                    row.get(1, Long.class), orZero(row.get(2, BigDecimal.class))));
        }
        List<OutcomeReport.CompetitorWins> winners = new ArrayList<>();
        for (Tuple row : lostBy(scope, cb, "lostToId", from, to)) {
            Long id = (Long) row.get(0);
            winners.add(new OutcomeReport.CompetitorWins(id, id == null ? "" : names.getOrDefault(id, "#" + id),
                    row.get(1, Long.class), orZero(row.get(2, BigDecimal.class))));
        }

        CriteriaQuery<Deal> list = cb.createQuery(Deal.class);
        Root<Deal> listed = list.from(Deal.class);
        list.select(listed).where(closed(scope, cb, list, listed, from, to));
        List<Deal> deals = entityManager.createQuery(list).setMaxResults(LISTED).getResultList();
        Map<Long, LocalDate> lostOn = lostOn(deals);
        List<OutcomeReport.ClosedDeal> closedDeals = deals.stream().map(d -> new OutcomeReport.ClosedDeal(
                        d.requireId(), d.getName(), d.getOutcome(),
                        d.getOutcome() == DealOutcome.WON ? d.getSignedOn() : lostOn.getOrDefault(d.requireId(), to),
                        d.getFinalAmount() != null ? d.getFinalAmount() : d.getAmount(), d.getLostReason(),
                        d.getLostToId() == null ? null : names.get(d.getLostToId())))
                .sorted(Comparator.comparing(OutcomeReport.ClosedDeal::closedOn).reversed()
                        .thenComparing(OutcomeReport.ClosedDeal::id))
                .toList();
        List<Long> wonIds = deals.stream().filter(d -> d.getOutcome() == DealOutcome.WON).map(Deal::requireId)
                .toList();
        return new OutcomeReport(won, wonAmount, lost, lostAmount, reasons, winners, cycles(wonIds), closedDeals);
    }

    /** Visible, and won with a signing day in the period or lost on a day in it. */
    private Predicate closed(VisibilityScope scope, CriteriaBuilder cb, CriteriaQuery<?> query, Root<Deal> deal,
                             LocalDate from, LocalDate to) {
        Predicate visible = DealSpecifications.visibleTo(scope).toPredicate(deal, query, cb);
        Predicate won = cb.and(cb.equal(deal.get("outcome"), DealOutcome.WON),
                cb.between(deal.get("signedOn"), from, to));
        return cb.and(visible, cb.or(won, lostIn(cb, query, deal, from, to)));
    }

    private Predicate lostIn(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Deal> deal, LocalDate from,
                             LocalDate to) {
        Subquery<Long> when = query.subquery(Long.class);
        Root<DealHistoryRow> row = when.from(DealHistoryRow.class);
        when.select(row.get("dealId")).where(cb.equal(row.get("dealId"), deal.get("id")),
                cb.equal(row.get("change"), DealChange.OUTCOME), cb.equal(row.get("outcome"), DealOutcome.LOST),
                cb.between(row.get("effectiveOn"), from, to));
        return cb.and(cb.equal(deal.get("outcome"), DealOutcome.LOST), cb.exists(when));
    }

    private List<Tuple> lostBy(VisibilityScope scope, CriteriaBuilder cb, String field, LocalDate from,
                               LocalDate to) {
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Deal> deal = query.from(Deal.class);
        Expression<Long> count = cb.count(deal);
        query.multiselect(deal.get(field), count, cb.sum(deal.<BigDecimal>get("amount")))
                .where(DealSpecifications.visibleTo(scope).toPredicate(deal, query, cb),
                        lostIn(cb, query, deal, from, to))
                .groupBy(deal.get(field)).orderBy(cb.desc(count));
        return entityManager.createQuery(query).getResultList();
    }

    /** The last day each lost deal was lost on (a deal reopened and lost again counts from the last time). */
    private Map<Long, LocalDate> lostOn(List<Deal> deals) {
        List<Long> ids = deals.stream().filter(d -> d.getOutcome() == DealOutcome.LOST).map(Deal::requireId).toList();
        Map<Long, LocalDate> days = new HashMap<>();
        if (ids.isEmpty()) {
            return days;
        }
        entityManager.createQuery("select h.dealId, max(h.effectiveOn) from DealHistoryRow h where h.dealId in :ids"
                        + " and h.change = :change and h.outcome = :lost group by h.dealId", Object[].class)
                .setParameter("ids", ids).setParameter("change", DealChange.OUTCOME)
                .setParameter("lost", DealOutcome.LOST).getResultList()
                .forEach(row -> days.put((Long) row[0], (LocalDate) row[1]));
        return days;
    }

    /**
     * Days per stage for the won deals: each history row's stage lasts until the next row's day; the last row
     * (signed) ends the count. Averaged over the deals that spent time in the stage.
     */
    private List<OutcomeReport.StageCycle> cycles(List<Long> wonIds) {
        if (wonIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createQuery("select h.dealId, h.stage, h.effectiveOn from DealHistoryRow h"
                        + " where h.dealId in :ids order by h.dealId, h.effectiveOn, h.id", Object[].class)
                .setParameter("ids", wonIds).getResultList();
        Map<DealStage, Long> days = new EnumMap<>(DealStage.class);
        Map<DealStage, Long> dealsIn = new EnumMap<>(DealStage.class);
        Map<DealStage, Long> perDeal = new EnumMap<>(DealStage.class);
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            boolean lastOfDeal = i + 1 == rows.size() || !rows.get(i + 1)[0].equals(row[0]);
            if (!lastOfDeal) {
                DealStage stage = (DealStage) row[1];
                perDeal.merge(stage, ChronoUnit.DAYS.between((LocalDate) row[2], (LocalDate) rows.get(i + 1)[2]),
                        Long::sum);
            } else {
                perDeal.forEach((stage, d) -> {
                    days.merge(stage, d, Long::sum);
                    dealsIn.merge(stage, 1L, Long::sum);
                });
                perDeal.clear();
            }
        }
        return days.entrySet().stream().filter(e -> e.getKey().isOpenStage())
                .map(e -> new OutcomeReport.StageCycle(e.getKey(), (double) e.getValue() / dealsIn.get(e.getKey()),
                        dealsIn.get(e.getKey())))
                .toList();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
