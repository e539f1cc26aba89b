package com.headpin.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    /** The whole tree with members in one query: an organisation has tens of units, not thousands. */
    @Query("select distinct u from OrgUnit u left join fetch u.memberIds order by u.id")
    List<OrgUnit> findAllWithMembers();

    boolean existsByParentId(Long parentId);

    boolean existsByType(UnitType type);
}
