package com.headpin.deals.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealStage;
import com.headpin.deals.ForecastCategory;
import com.headpin.deals.OwnerFigures;
import com.headpin.deals.SalesProcess;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import org.springframework.stereotype.Component;

/**
 * The grouped queries behind the four numbers: two statements per call whatever the number of deals (pipeline by
 * owner, stage, category; won by owner), so a company roll-up never loads deals one by one.
 */
@Component
public class DealFigureQueries {

    private static final List<DealOutcome> PIPELINE = List.of(DealOutcome.OPEN, DealOutcome.DELAYED);
    /**
     * Above this many owners the statements select the period by date alone and the owners are picked from the
     * grouped rows: a long IN list made H2 walk the owner index over every deal, testing each against the whole list
     * (a company of 500 reps and 100,000 deals took seconds; bench/README.md). The date index narrows to the period.
     */
    private static final int OWNERS_IN_SQL = 50;

    private final EntityManager entityManager;

    DealFigureQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Figures per owner among {@code ownerIds} (each present, zero when they have nothing in the period). */
    public Map<Long, OwnerFigures> byOwner(Collection<Long> ownerIds, LocalDate from, LocalDate to,
                                           SalesProcess process) {
        Map<Long, Builder> builders = new HashMap<>();
        ownerIds.forEach(id -> builders.put(id, new Builder()));
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> pipeline = cb.createTupleQuery();
        Root<Deal> deal = pipeline.from(Deal.class);
        Expression<Long> owner = deal.get("ownerId");
        Expression<DealStage> stage = deal.get("stage");
        Expression<ForecastCategory> category = deal.get("forecastCategory");
        boolean inSql = ownerIds.size() <= OWNERS_IN_SQL;
        pipeline.multiselect(owner, stage, category, cb.count(deal), cb.sum(deal.<BigDecimal>get("amount")))
                .where(inSql ? owner.in(ownerIds) : cb.conjunction(), deal.get("outcome").in(PIPELINE),
                        cb.between(deal.get("expectedClose"), from, to))
                .groupBy(owner, stage, category);
        for (Tuple row : entityManager.createQuery(pipeline).getResultList()) {
            Builder builder = builders.get(row.get(0, Long.class));
            if (builder == null) {
                continue;
            }
            builder.addOpen(row.get(1, DealStage.class),
                    row.get(2, ForecastCategory.class), row.get(3, Long.class), orZero(row.get(4, BigDecimal.class)),
                    process);
        }
        CriteriaQuery<Tuple> won = cb.createTupleQuery();
        Root<Deal> signed = won.from(Deal.class);
        Expression<Long> signedOwner = signed.get("ownerId");
        won.multiselect(signedOwner, cb.count(signed), cb.sum(cb.coalesce(signed.<BigDecimal>get("finalAmount"),
                        signed.<BigDecimal>get("amount"))))
                .where(inSql ? signedOwner.in(ownerIds) : cb.conjunction(),
                        cb.equal(signed.get("outcome"), DealOutcome.WON), cb.between(signed.get("signedOn"), from, to))
                .groupBy(signedOwner);
        for (Tuple row : entityManager.createQuery(won).getResultList()) {
            Builder builder = builders.get(row.get(0, Long.class));
            if (builder != null) {
                builder.addWon(row.get(1, Long.class), orZero(row.get(2, BigDecimal.class)));
            }
        }
        Map<Long, OwnerFigures> figures = new HashMap<>();
        builders.forEach((id, builder) -> figures.put(id, builder.build(id)));
        return figures;
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }

    private static final class Builder {
        private long openCount;
        private BigDecimal open = BigDecimal.ZERO;
        private BigDecimal weighted = BigDecimal.ZERO;
        private BigDecimal commit = BigDecimal.ZERO;
        private BigDecimal bestCase = BigDecimal.ZERO;
        private long wonCount;
        private BigDecimal won = BigDecimal.ZERO;
        private final Map<DealStage, Long> countByStage = new EnumMap<>(DealStage.class);
        private final Map<DealStage, BigDecimal> amountByStage = new EnumMap<>(DealStage.class);

        void addOpen(DealStage stage, ForecastCategory category, long count, BigDecimal amount, SalesProcess process) {
            openCount += count;
            open = open.add(amount);
            weighted = weighted.add(amount.multiply(BigDecimal.valueOf(process.probability(stage)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP));
            if (category == ForecastCategory.COMMIT) {
                commit = commit.add(amount);
            } else if (category == ForecastCategory.BEST_CASE) {
                bestCase = bestCase.add(amount);
            }
            countByStage.merge(stage, count, Long::sum);
            amountByStage.merge(stage, amount, BigDecimal::add);
        }

        void addWon(long count, BigDecimal amount) {
            wonCount += count;
            won = won.add(amount);
        }

        OwnerFigures build(long ownerId) {
            return new OwnerFigures(ownerId, openCount, open, weighted, commit, bestCase, wonCount, won,
                    countByStage, amountByStage);
        }
    }
}
