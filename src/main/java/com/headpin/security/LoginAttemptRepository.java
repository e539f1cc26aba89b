package com.headpin.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, Long> {

    /** The address's count over all usernames and, if {@code username} is given, its count for that username. */
    @Query("select a from LoginAttempt a where a.clientAddress = :address and a.username in (:username, '')")
    List<LoginAttempt> findForLogin(@Param("username") String username, @Param("address") String address);

    /** Row lock: two nodes counting failures from one address at once must not lose a count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LoginAttempt a where a.username = :username and a.clientAddress = :address")
    Optional<LoginAttempt> lock(@Param("username") String username, @Param("address") String address);

    @Modifying
    @Query("delete from LoginAttempt a where a.username = :username and a.clientAddress = :address")
    int deleteFor(@Param("username") String username, @Param("address") String address);

    @Modifying
    @Query("delete from LoginAttempt a where a.username = :username")
    int deleteForUsername(@Param("username") String username);

    /** Rows whose failures are forgotten and whose wait is over. */
    @Modifying
    @Query("""
            delete from LoginAttempt a
            where a.lastFailedAt < :forgottenBefore and (a.blockedUntil is null or a.blockedUntil < :now)
            """)
    int deleteStale(@Param("forgottenBefore") Instant forgottenBefore, @Param("now") Instant now);
}
