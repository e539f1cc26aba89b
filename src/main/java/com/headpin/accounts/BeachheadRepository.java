package com.headpin.accounts;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BeachheadRepository extends JpaRepository<Beachhead, Long> {

    Optional<Beachhead> findByIndustry(Industry industry);
}
