package com.headpin.accounts;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActionRepository extends JpaRepository<PlanAction, Long> {

    List<PlanAction> findByPlanIdOrderByDueDateAscIdAsc(long planId);
}
