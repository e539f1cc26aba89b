package com.headpin.accounts;

import com.headpin.shared.RepeatedErrors;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a deal's transaction commits, its accounts follow it: funnel positions, then the company's 20/80 tiers.
 * In a transaction of its own, so the deal stays saved whatever happens here; a failure is logged and the next
 * deal change recomputes everything again (both are derived from the deals as they are, not from the change).
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

    @TransactionalEventListener
    void on(AccountDealsChanged changed) {
        try {
            transaction.executeWithoutResult(status -> {
                positions.follow(changed.accountIds());
                tiers.recompute();
            });
        } catch (RuntimeException e) {
            ERRORS.error("Accounts could not follow their deals " + changed.accountIds(), e);
        }
    }
}
