package com.headpin.forecast.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuotaRepository extends JpaRepository<Quota, Long> {

    List<Quota> findByFiscalYearAndUserIdIn(int fiscalYear, Collection<Long> userIds);

    List<Quota> findByFiscalYearAndUnitIdIn(int fiscalYear, Collection<Long> unitIds);

    Optional<Quota> findByFiscalYearAndUserId(int fiscalYear, long userId);

    Optional<Quota> findByFiscalYearAndUnitId(int fiscalYear, long unitId);
}
