package com.headpin.accounts;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Relationship plan: which contact to develop, by which of our people, towards what. */
@Entity
@Table(name = "plan_relationships")
class PlanRelationship extends BaseEntity {

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

    PlanRelationship(long planId, long contactId, long developerId, @Nullable String objective) {
        this.planId = planId;
        this.contactId = contactId;
        this.developerId = developerId;
        this.objective = objective;
    }

    long getPlanId() {
        return planId;
    }

    long getContactId() {
        return contactId;
    }

    long getDeveloperId() {
        return developerId;
    }

    @Nullable String getObjective() {
        return objective;
    }

    RelationshipView toView(String contactName, String developerName) {
        return new RelationshipView(idOrZero(), getVersion(), contactId, contactName, developerId, developerName,
                objective);
    }
}
