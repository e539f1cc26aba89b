package com.headpin.accountplans.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    List<PlanAction> findByPlanIdOrderByDueDateAscIdAsc(long planId);
}
