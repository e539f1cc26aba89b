package com.headpin.deals.internal;

import java.time.LocalDate;
import java.util.Objects;

import com.headpin.deals.DealAction;
import com.headpin.deals.DealActionInput;
import com.headpin.shared.ActionItemEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.AuditOverride;
import org.hibernate.envers.Audited;

/** An action item of a deal: who does what by when. Its own version, so items are edited independently. */
@Entity
@Audited
@AuditOverride(forClass = ActionItemEntity.class)
@Table(name = "deal_actions")
public class DealActionRow extends ActionItemEntity {

    @Column(name = "deal_id", nullable = false)
    private long dealId;

    protected DealActionRow() {
    }

    public DealActionRow(long dealId) {
        this.dealId = dealId;
    }

    /** Checked input (the service refuses a missing status before this). */
    public void apply(DealActionInput input) {
        set(input.text(), input.ownerId(), input.dueDate(), Objects.requireNonNull(input.status()));
    }

    public long getDealId() {
        return dealId;
    }

    public DealAction toAction(String ownerName, LocalDate today) {
        return new DealAction(requireId(), getVersion(), dealId, getTitle(), getOwnerId(), ownerName, getDueDate(),
                getStatus(), isOverdue(today));
    }
}
