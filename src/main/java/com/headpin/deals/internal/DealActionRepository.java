package com.headpin.deals.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import com.headpin.shared.ActionStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DealActionRepository extends JpaRepository<DealActionRow, Long> {

    List<DealActionRow> findByDealId(long dealId);

    List<DealActionRow> findByOwnerIdAndStatusNotAndDueDateBeforeOrderByDueDateAsc(long ownerId, ActionStatus status,
                                                                                  LocalDate before);

    /** Per deal among {@code dealIds}, how many of its action items are past due and not done. */
    @Query("select a.dealId as dealId, count(a) as overdue from DealActionRow a where a.dealId in :dealIds"
            + " and a.status <> com.headpin.shared.ActionStatus.DONE and a.dueDate < :today group by a.dealId")
    List<OverdueCount> overdueByDeal(Collection<Long> dealIds, LocalDate today);

    interface OverdueCount {
        long getDealId();

        long getOverdue();
    }
}
