package com.headpin.deals.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CompetitorRepository extends JpaRepository<Competitor, Long> {

    List<Competitor> findAllByOrderByNameAsc();

    @Query("select c from Competitor c where lower(c.name) in :names")
    List<Competitor> findByLowerCaseNames(Collection<String> names);
}
