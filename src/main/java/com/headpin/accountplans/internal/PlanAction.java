package com.headpin.accountplans.internal;

import com.headpin.accountplans.ActionInput;
import com.headpin.accountplans.ActionRow;

import java.time.LocalDate;

import com.headpin.shared.ActionItemEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An action item of an account plan: who does what by when. */
@Entity
@Table(name = "plan_actions")
public class PlanAction extends ActionItemEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;

    protected PlanAction() {
    }

    public PlanAction(long planId) {
        this.planId = planId;
    }

    public void apply(ActionInput input) {
        set(input.title(), input.ownerId(), input.dueDate(), input.status());
    }

    public long getPlanId() {
        return planId;
    }

    public ActionInput toInput() {
        return new ActionInput(getVersion(), getTitle(), getOwnerId(), getDueDate(), getStatus());
    }

    public ActionRow toRow(String ownerName, LocalDate today) {
        return new ActionRow(idOrZero(), getVersion(), getTitle(), getOwnerId(), ownerName, getDueDate(), getStatus(),
                isOverdue(today));
    }
}
