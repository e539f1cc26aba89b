package com.headpin.accounts.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoreCriterionRepository extends JpaRepository<ScoreCriterion, Long> {

    List<ScoreCriterion> findAllByOrderBySortOrderAsc();
}
