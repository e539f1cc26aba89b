package com.headpin.accountplans.internal;

import com.headpin.accountplans.RelationshipRow;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Relationship plan: which contact to develop, by which of our people, towards what. */
@Entity
@Table(name = "plan_relationships")
public class PlanRelationship extends BaseEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;
    @Column(name = "contact_id", nullable = false)
    private long contactId;
    @Column(name = "developer_id", nullable = false)
    private long developerId;
    @Column(length = 500)
    private @Nullable String objective;

    protected PlanRelationship() {
    }

    public PlanRelationship(long planId, long contactId, long developerId, @Nullable String objective) {
        this.planId = planId;
        this.contactId = contactId;
        this.developerId = developerId;
        this.objective = objective;
    }

    public long getPlanId() {
        return planId;
    }

    public long getContactId() {
        return contactId;
    }

    public long getDeveloperId() {
        return developerId;
    }

    public @Nullable String getObjective() {
        return objective;
    }

    public RelationshipRow toRow(String contactName, String developerName) {
        return new RelationshipRow(idOrZero(), getVersion(), contactId, contactName, developerId, developerName,
                objective);
    }
}
