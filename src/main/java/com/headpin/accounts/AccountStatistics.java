package com.headpin.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.headpin.accounts.internal.Account;
import com.headpin.accounts.internal.AccountSpecifications;

import com.headpin.organisation.Visibility;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Root;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts over the accounts the caller may see, for charts: grouped in the database, never loaded one by one. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AccountStatistics {

    private final EntityManager entityManager;
    private final Visibility visibility;

    AccountStatistics(EntityManager entityManager, Visibility visibility) {
        this.entityManager = entityManager;
        this.visibility = visibility;
    }

    /**
     * Visible accounts by effective tier (an override wins) and funnel position, not-pursued ones left out as in the
     * default account list. Combinations without accounts are absent.
     */
    public List<TierFunnelCount> byTierAndFunnel() {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Account> account = query.from(Account.class);
        Expression<Tier> tier = cb.coalesce(account.get("tierOverride"), account.get("tier"));
        Expression<FunnelPosition> position = account.get("funnelPosition");
        query.multiselect(tier, position, cb.count(account))
                .where(AccountSpecifications.visibleTo(visibility.current())
                        .and(AccountSpecifications.matching(AccountFilter.ALL_ACTIVE))
                        .toPredicate(account, query, cb))
                .groupBy(tier, position);
        return entityManager.createQuery(query).getResultList().stream()
                .map(row -> new TierFunnelCount(row.get(0, Tier.class), row.get(1, FunnelPosition.class),
                        row.get(2, Long.class)))
                .toList();
    }

    /**
     * The owner's visible accounts by city (accounts without one under ""), not-pursued ones left out: how many of
     * a rep's customers are outside the rep's city, for travel days in planning.
     */
    public Map<String, Long> citiesOf(long ownerId) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Account> account = query.from(Account.class);
        Expression<String> city = cb.coalesce(account.<String>get("city"), "");
        query.multiselect(city, cb.count(account))
                .where(AccountSpecifications.visibleTo(visibility.current())
                        .and(AccountSpecifications.matching(AccountFilter.ALL_ACTIVE))
                        .toPredicate(account, query, cb), cb.equal(account.get("ownerId"), ownerId))
                .groupBy(city);
        Map<String, Long> cities = new LinkedHashMap<>();
        entityManager.createQuery(query).getResultList()
                .forEach(row -> cities.merge(row.get(0, String.class), row.get(1, Long.class), Long::sum));
        return cities;
    }
}
