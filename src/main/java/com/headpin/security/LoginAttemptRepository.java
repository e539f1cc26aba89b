package com.headpin.security;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginAttemptRepository extends JpaRepository<LoginAttempt, String> {

    /** Row lock: two nodes counting failures of one username at once must not lose a count. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LoginAttempt a where a.username = :username")
    Optional<LoginAttempt> lockByUsername(@Param("username") String username);
}
