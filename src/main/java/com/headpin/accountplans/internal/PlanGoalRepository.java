package com.headpin.accountplans.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanGoalRepository extends JpaRepository<PlanGoal, Long> {

    List<PlanGoal> findByPlanIdOrderByDueDateAscIdAsc(long planId);
}
