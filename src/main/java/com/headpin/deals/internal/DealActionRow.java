package com.headpin.deals.internal;

import java.time.LocalDate;

import com.headpin.deals.DealAction;
import com.headpin.deals.DealActionInput;
import com.headpin.shared.ActionStatus;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/** An action item of a deal: who does what by when. Its own version, so items are edited independently. */
@Entity
@Audited
@Table(name = "deal_actions")
public class DealActionRow extends BaseEntity {

    public static final int TEXT_MAX_LENGTH = 300;

    @Column(name = "deal_id", nullable = false)
    private long dealId;
    @Column(name = "description", nullable = false, length = TEXT_MAX_LENGTH)
    private String text = "";
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    protected DealActionRow() {
    }

    public DealActionRow(long dealId) {
        this.dealId = dealId;
    }

    public void apply(DealActionInput input) {
        text = input.text().strip();
        ownerId = input.ownerId();
        dueDate = input.dueDate();
        status = input.status();
    }

    public long getDealId() {
        return dealId;
    }

    public String getText() {
        return text;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public DealAction toAction(String ownerName, LocalDate today) {
        return new DealAction(requireId(), getVersion(), dealId, text, ownerId, ownerName, dueDate, status,
                status.overdue(dueDate, today));
    }
}
