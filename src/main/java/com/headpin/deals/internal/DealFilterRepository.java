package com.headpin.deals.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DealFilterRepository extends JpaRepository<DealFilterRow, Long> {

    Optional<DealFilterRow> findByUserId(long userId);
}
