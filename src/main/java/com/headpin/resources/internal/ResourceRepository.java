package com.headpin.resources.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ResourceRepository extends JpaRepository<Resource, Long> {

    Optional<Resource> findByUserId(long userId);

    List<Resource> findAllByOrderByTypeAscIdAsc();

    List<Resource> findByActiveTrueOrderByTypeAscIdAsc();

    /**
     * The resource, locked until the transaction ends: two assignments of one person are checked one after the
     * other, so the second sees the first's load (two directors at once).
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Resource r where r.id = :id")
    Optional<Resource> lockById(@Param("id") long id);
}
