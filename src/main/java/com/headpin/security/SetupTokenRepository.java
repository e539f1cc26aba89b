package com.headpin.security;

import java.util.List;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SetupTokenRepository extends JpaRepository<SetupToken, Long> {

    /** Every token, locked: two set-ups at once (on two nodes) run one after the other, so only one succeeds. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SetupToken t")
    List<SetupToken> lockAll();
}
