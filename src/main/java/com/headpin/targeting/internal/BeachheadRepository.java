package com.headpin.targeting.internal;

import com.headpin.accounts.Industry;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BeachheadRepository extends JpaRepository<Beachhead, Long> {

    Optional<Beachhead> findByIndustry(Industry industry);
}
