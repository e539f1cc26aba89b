package com.headpin.deals.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SalesProcessRepository extends JpaRepository<SalesProcessRow, Long> {

    /** The saved version: one cheap read that tells whether a copy of the process is still current. */
    @Query("select p.version from SalesProcessRow p where p.id = :id")
    Optional<Long> versionOf(long id);
}
