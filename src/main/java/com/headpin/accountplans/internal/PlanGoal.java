package com.headpin.accountplans.internal;

import com.headpin.accountplans.GoalInput;
import com.headpin.accountplans.GoalRow;

import java.time.LocalDate;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A goal of an account plan, with how it is measured, the target and when. */
@Entity
@Table(name = "plan_goals")
public class PlanGoal extends BaseEntity {

    @Column(name = "plan_id", nullable = false)
    private long planId;
    @Column(nullable = false, length = 300)
    private String goal = "";
    @Column(length = 200)
    private @Nullable String measure;
    @Column(length = 200)
    private @Nullable String target;
    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    protected PlanGoal() {
    }

    public PlanGoal(long planId) {
        this.planId = planId;
    }

    public void apply(GoalInput input) {
        goal = input.goal().strip();
        measure = input.measure();
        target = input.target();
        dueDate = input.dueDate();
    }

    public long getPlanId() {
        return planId;
    }

    public GoalRow toRow() {
        return new GoalRow(idOrZero(), getVersion(), goal, measure, target, dueDate);
    }
}
