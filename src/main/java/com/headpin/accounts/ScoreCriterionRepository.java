package com.headpin.accounts;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreCriterionRepository extends JpaRepository<ScoreCriterion, Long> {

    List<ScoreCriterion> findAllByOrderBySortOrderAsc();
}
