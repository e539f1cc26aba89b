package com.headpin.accounts;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanGoalRepository extends JpaRepository<PlanGoal, Long> {

    List<PlanGoal> findByPlanIdOrderByDueDateAscIdAsc(long planId);
}
