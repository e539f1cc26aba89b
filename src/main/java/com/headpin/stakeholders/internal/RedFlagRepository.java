package com.headpin.stakeholders.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RedFlagRepository extends JpaRepository<RedFlag, Long> {

    List<RedFlag> findByDealIdOrderByRaisedAtDescIdDesc(long dealId);

    List<RedFlag> findByKindAndClearedAtIsNull(com.headpin.stakeholders.FlagKind kind);

    List<RedFlag> findByDealIdInAndKindAndClearedAtIsNull(Collection<Long> dealIds,
                                                           com.headpin.stakeholders.FlagKind kind);
}
