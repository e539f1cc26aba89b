package com.headpin.forecast.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ForecastCallRepository extends JpaRepository<ForecastCall, Long> {

    List<ForecastCall> findByPeriodKeyAndUserIdIn(String periodKey, Collection<Long> userIds);

    Optional<ForecastCall> findByPeriodKeyAndUserId(String periodKey, long userId);
}
