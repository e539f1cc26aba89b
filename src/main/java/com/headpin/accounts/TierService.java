package com.headpin.accounts;

import com.headpin.accounts.internal.AccountRepository;
import com.headpin.accounts.internal.AccountValueRow;
import com.headpin.accounts.internal.AccountsProperties;
import com.headpin.accounts.internal.TierCalculator;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.headpin.shared.RecordChanged;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the company's 20/80 tiers when an input changes. Tiers are derived data: they are written without
 * touching the accounts' versions, so a recomputation never turns someone's open form stale.
 */
@Service
class TierService {

    private final AccountRepository accounts;
    private final List<AccountValueSource> valueSources;
    private final AccountsProperties shares;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;

    TierService(AccountRepository accounts, List<AccountValueSource> valueSources, AccountsProperties shares,
                EntityManager entityManager, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.valueSources = valueSources;
        this.shares = shares;
        this.entityManager = entityManager;
        this.events = events;
    }

    @Transactional
    public void recompute() {
        List<AccountValueRow> rows = accounts.valueRows();
        Map<Long, BigDecimal> fromDeals = new HashMap<>();
        valueSources.forEach(source -> source.values().forEach((id, value) -> fromDeals.merge(id, value,
                BigDecimal::add)));
        Map<Long, BigDecimal> values = new HashMap<>();
        rows.forEach(row -> values.put(row.id(), fromDeals.getOrDefault(row.id(), row.annualPotential())));
        Map<Tier, Set<Long>> changes = TierCalculator.changes(rows, TierCalculator.tiers(values, shares));
        if (changes.isEmpty()) {
            return;
        }
        entityManager.flush();
        changes.forEach((tier, ids) -> {
            entityManager.createQuery("update Account a set a.tier = :tier where a.id in :ids")
                    .setParameter("tier", tier).setParameter("ids", ids).executeUpdate();
            ids.forEach(id -> events.publishEvent(RecordChanged.of(AccountTopics.ACCOUNT, id, Set.of("tier"),
                    AccountTopics.LIST)));
        });
        // Bulk updates bypass loaded entities: drop them so that reads after this see the new tiers.
        entityManager.clear();
    }
}
