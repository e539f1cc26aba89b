package com.headpin.deals.internal;

import java.time.LocalDate;
import java.util.List;

import com.headpin.shared.ActionStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DealActionRepository extends JpaRepository<DealActionRow, Long> {

    List<DealActionRow> findByDealId(long dealId);

    List<DealActionRow> findByOwnerIdAndStatusNotAndDueDateBeforeOrderByDueDateAsc(long ownerId, ActionStatus status,
                                                                                  LocalDate before);
}
