package com.headpin.accountplans.internal;

import java.util.List;
import java.util.Optional;

import com.headpin.accountplans.PlanStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountPlanRepository extends JpaRepository<AccountPlan, Long> {

    Optional<AccountPlan> findByAccountIdAndYear(long accountId, int year);

    List<AccountPlan> findByAccountIdOrderByYearDesc(long accountId);

    List<AccountPlan> findByStatusOrderBySubmittedAtAsc(PlanStatus status);
}
