package com.headpin.accountplans.internal;

import java.time.LocalDate;
import java.util.List;

import com.headpin.shared.ActionStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    List<PlanAction> findByPlanIdOrderByDueDateAscIdAsc(long planId);

    /** Items due before {@code day} that are not done (the overdue ones, with {@code day} today). */
    List<PlanAction> findByDueDateBeforeAndStatusNotOrderByDueDateAscIdAsc(LocalDate day, ActionStatus status);
}
