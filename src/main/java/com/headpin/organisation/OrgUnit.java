package com.headpin.organisation;

import java.util.HashSet;
import java.util.Set;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A company, region or team. Users are referenced by id: they belong to the security module. Audited (table
 * org_units_aud, members in org_unit_members_aud).
 */
@Entity
@Table(name = "org_units")
@Audited
public class OrgUnit extends BaseEntity {

    /** Public for the forms' setMaxLength; the column and the input rules use the same number. */
    public static final int NAME_MAX_LENGTH = 100;


    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_type", nullable = false, length = 20)
    private UnitType type;

    @Column(name = "parent_id")
    private @Nullable Long parentId;

    @Column(name = "manager_id")
    private @Nullable Long managerId;

    @ElementCollection
    @CollectionTable(name = "org_unit_members", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "user_id")
    private Set<Long> memberIds = new HashSet<>();

    protected OrgUnit() {
        this.name = "";
        this.type = UnitType.TEAM;
    }

    OrgUnit(String name, UnitType type, @Nullable Long parentId) {
        this.name = name;
        this.type = type;
        this.parentId = parentId;
    }

    OrgUnitSummary toSummary() {
        return new OrgUnitSummary(requireId(), getVersion(), name, type, parentId, managerId, Set.copyOf(memberIds));
    }

    UnitType getType() {
        return type;
    }

    @Nullable Long getParentId() {
        return parentId;
    }

    void setName(String name) {
        this.name = name;
    }

    void setManagerId(@Nullable Long managerId) {
        this.managerId = managerId;
    }

    void setMemberIds(Set<Long> memberIds) {
        this.memberIds.clear();
        this.memberIds.addAll(memberIds);
    }
}
