package com.headpin.forecast.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ForecastAdjustmentRepository extends JpaRepository<ForecastAdjustment, Long> {

    List<ForecastAdjustment> findByPeriodKeyAndUserIdIn(String periodKey, Collection<Long> userIds);

    Optional<ForecastAdjustment> findByPeriodKeyAndUserId(String periodKey, long userId);
}
