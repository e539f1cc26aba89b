package com.headpin.deals.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ExitCriterionRepository extends JpaRepository<ExitCriterionRow, Long> {

    List<ExitCriterionRow> findByActiveTrueOrderByStageNoAscSortOrderAsc();

    List<ExitCriterionRow> findByStageNo(int stageNo);
}
