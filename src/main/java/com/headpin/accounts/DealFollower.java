package com.headpin.accounts;

import java.util.HashSet;
import java.util.Set;

import com.headpin.shared.RepeatedErrors;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a deal's transaction commits, its accounts follow it: funnel positions, then the company's 20/80 tiers —
 * once per transaction, however many deals it changed (the demo data makes a hundred in one). In a transaction of
 * its own, so the deal stays saved whatever happens here; a failure is logged and the next deal change recomputes
 * everything again (both are derived from the deals as they are, not from the change). A rolled-back transaction
 * changes nothing.
 */
@Component
class DealFollower {

    private static final RepeatedErrors ERRORS = new RepeatedErrors(LoggerFactory.getLogger(DealFollower.class));

    private final FunnelPositions positions;
    private final TierService tiers;
    private final TransactionTemplate transaction;

    DealFollower(FunnelPositions positions, TierService tiers, PlatformTransactionManager transactions) {
        this.positions = positions;
        this.tiers = tiers;
        this.transaction = new TransactionTemplate(transactions);
        // After commit the deal's resources may still be bound to the thread: never join them.
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void on(AccountDealsChanged changed) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            follow(changed.accountIds());
            return;
        }
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(AfterCommit.class::isInstance).map(AfterCommit.class::cast).findFirst()
                .orElseGet(() -> {
                    AfterCommit registered = new AfterCommit();
                    TransactionSynchronizationManager.registerSynchronization(registered);
                    return registered;
                }).accountIds.addAll(changed.accountIds());
    }

    private void follow(Set<Long> accountIds) {
        try {
            transaction.executeWithoutResult(status -> {
                positions.follow(accountIds);
                tiers.recompute();
            });
        } catch (RuntimeException e) {
            ERRORS.error("Accounts could not follow their deals " + accountIds, e);
        }
    }

    /** The accounts one transaction's deals touched, followed once it has committed. */
    private final class AfterCommit implements TransactionSynchronization {
        private final Set<Long> accountIds = new HashSet<>();

        @Override
        public void afterCommit() {
            follow(accountIds);
        }
    }
}
