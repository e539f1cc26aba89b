package com.headpin.accounts;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRelationshipRepository extends JpaRepository<PlanRelationship, Long> {

    List<PlanRelationship> findByPlanIdOrderByIdAsc(long planId);
}
