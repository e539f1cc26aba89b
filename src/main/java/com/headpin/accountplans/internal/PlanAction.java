package com.headpin.accountplans.internal;

import com.headpin.accountplans.ActionInput;
import com.headpin.accountplans.ActionRow;
import com.headpin.shared.ActionStatus;

import java.time.LocalDate;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An action item of an account plan: who does what by when. */
@Entity
@Table(name = "plan_actions")
public class PlanAction extends BaseEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;
    @Column(nullable = false, length = 300)
    private String title = "";
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    protected PlanAction() {
    }

    public PlanAction(long planId) {
        this.planId = planId;
    }

    public void apply(ActionInput input) {
        title = input.title().strip();
        ownerId = input.ownerId();
        dueDate = input.dueDate();
        status = input.status();
    }

    public long getPlanId() {
        return planId;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public ActionInput toInput() {
        return new ActionInput(getVersion(), title, ownerId, dueDate, status);
    }

    public ActionRow toRow(String ownerName, LocalDate today) {
        boolean overdue = status.overdue(dueDate, today);
        return new ActionRow(idOrZero(), getVersion(), title, ownerId, ownerName, dueDate, status, overdue);
    }
}
