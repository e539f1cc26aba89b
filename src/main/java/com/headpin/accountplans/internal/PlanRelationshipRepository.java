package com.headpin.accountplans.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRelationshipRepository extends JpaRepository<PlanRelationship, Long> {

    List<PlanRelationship> findByPlanIdOrderByIdAsc(long planId);

    List<PlanRelationship> findByContactId(long contactId);
}
