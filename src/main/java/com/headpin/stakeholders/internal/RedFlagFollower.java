package com.headpin.stakeholders.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountTopics;
import com.headpin.deals.DealTopics;
import com.headpin.shared.Actor;
import com.headpin.shared.RecordChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Automatic red flags follow the data: a change of a deal's people ({@link StakeholdersChanged}), of the deal itself
 * or of a contact (its last contact) recomputes the deals concerned once per transaction, after it commits, each in a
 * transaction of its own as the system administrator (whoever changed a contact may not see all its deals). A failure
 * is logged and never undoes the user's save; the daily check repairs it.
 */
@Component
class RedFlagFollower {

    private static final long SYSTEM = 0;

    private final AutoFlagComputer computer;
    private final BuyingInfluenceRepository influences;

    RedFlagFollower(AutoFlagComputer computer, BuyingInfluenceRepository influences) {
        this.computer = computer;
        this.influences = influences;
    }

    @EventListener
    void on(StakeholdersChanged changed) {
        collect(Set.of(changed.dealId()));
    }

    @EventListener
    void on(RecordChanged changed) {
        if (changed.recordType().equals(DealTopics.DEAL)
                && !changed.fields().equals(Set.of(AutoFlagComputer.FLAGS_FIELD))) {
            collect(Set.of(changed.recordId()));
        } else if (changed.recordType().equals(AccountTopics.CONTACT)) {
            Set<Long> dealIds = influences.findByContactId(changed.recordId()).stream()
                    .map(BuyingInfluence::getDealId).collect(Collectors.toSet());
            if (!dealIds.isEmpty()) {
                collect(dealIds);
            }
        }
    }

    private void collect(Set<Long> dealIds) {
        // Changes made by the system (id 0: demo data, start-up work) raise flags without telling anyone.
        long actor = Actor.current().map(Actor::userId).orElse(SYSTEM);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            recompute(dealIds, actor);
            return;
        }
        AfterCommit after = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(AfterCommit.class::isInstance).map(AfterCommit.class::cast).findFirst()
                .orElseGet(() -> {
                    AfterCommit registered = new AfterCommit(actor);
                    TransactionSynchronizationManager.registerSynchronization(registered);
                    return registered;
                });
        after.dealIds.addAll(dealIds);
    }

    private void recompute(Set<Long> dealIds, long actor) {
        dealIds.forEach(dealId -> computer.recomputeAlone(dealId, actor, actor != SYSTEM));
    }

    /** The deals one transaction touched, recomputed once it has committed. */
    private final class AfterCommit implements TransactionSynchronization {
        private final Set<Long> dealIds = new LinkedHashSet<>();
        private final long actor;

        AfterCommit(long actor) {
            this.actor = actor;
        }

        @Override
        public void afterCommit() {
            recompute(dealIds, actor);
        }
    }
}
