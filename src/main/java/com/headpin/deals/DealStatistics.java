package com.headpin.deals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.headpin.deals.internal.Deal;
import com.headpin.deals.internal.DealSpecifications;
import com.headpin.organisation.Visibility;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Totals over the deals the caller may see, for directors' charts: grouped in the database, never loaded one by
 * one. A rep's own pipeline is their deal list; the totals of a part of the company are for those who run it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DealStatistics {

    private final EntityManager entityManager;
    private final Visibility visibility;
    private final SalesProcessService process;
    private final CurrentUser currentUser;

    DealStatistics(EntityManager entityManager, Visibility visibility, SalesProcessService process,
                   CurrentUser currentUser) {
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.process = process;
        this.currentUser = currentUser;
    }

    /** Whether the caller gets the stage totals ({@link #openByStage()}): directors and administrators. */
    public boolean mayViewStageTotals() {
        return currentUser.hasAny(Role.DIRECTOR, Role.ADMIN);
    }

    /**
     * The open pipeline the caller sees, per open stage in funnel order (stages without deals at zero): count,
     * amount, and weighted amount at the stage's current probability (the sum times the probability, which is the
     * sum of the deals' weighted amounts up to cents).
     */
    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public List<StageTotal> openByStage() {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Deal> deal = query.from(Deal.class);
        Expression<DealStage> stage = deal.get("stage");
        Expression<BigDecimal> amount = deal.get("amount");
        query.multiselect(stage, cb.count(deal), cb.sum(amount))
                .where(DealSpecifications.visibleTo(visibility.current()).and(DealSpecifications.open())
                        .toPredicate(deal, query, cb))
                .groupBy(stage);
        Map<DealStage, Tuple> rows = new EnumMap<>(DealStage.class);
        entityManager.createQuery(query).getResultList().forEach(row -> rows.put(row.get(0, DealStage.class), row));
        SalesProcess sales = process.current();
        return Arrays.stream(DealStage.values()).filter(DealStage::isOpenStage).map(s -> {
            Tuple row = rows.get(s);
            long count = row == null ? 0 : row.get(1, Long.class);
            BigDecimal sum = row == null || row.get(2) == null ? BigDecimal.ZERO : row.get(2, BigDecimal.class);
            BigDecimal weighted = sum.multiply(BigDecimal.valueOf(sales.probability(s)))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            return new StageTotal(s, count, sum, weighted);
        }).toList();
    }
}
