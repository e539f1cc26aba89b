package com.headpin.planning.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import com.headpin.planning.SalesPlanStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SavedPlanRepository extends JpaRepository<SavedSalesPlan, Long> {

    Optional<SavedSalesPlan> findByRepIdAndPlanYear(long repId, int planYear);

    List<SavedSalesPlan> findByStatusOrderBySubmittedAtAsc(SalesPlanStatus status);

    List<SavedSalesPlan> findByPlanYearAndRepIdIn(int planYear, Collection<Long> repIds);

    List<SavedSalesPlan> findByStatusAndPlanYearIn(SalesPlanStatus status, Collection<Integer> planYears);
}
