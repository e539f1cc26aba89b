package com.headpin.accounts.internal;

import com.headpin.accounts.Criterion;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ScoreCriterionRepository extends JpaRepository<ScoreCriterion, Long> {

    List<ScoreCriterion> findAllByOrderBySortOrderAsc();

    /** Criterion id to weight, of the criteria in use: what fit scores are computed over. */
    default Map<Long, Integer> activeWeights() {
        return findAll().stream().map(ScoreCriterion::toCriterion).filter(Criterion::active)
                .collect(Collectors.toMap(Criterion::id, Criterion::weight));
    }
}
