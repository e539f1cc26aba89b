package com.headpin.accounts;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountPlanRepository extends JpaRepository<AccountPlan, Long> {

    Optional<AccountPlan> findByAccountIdAndYear(long accountId, int year);

    List<AccountPlan> findByAccountIdOrderByYearDesc(long accountId);
}
