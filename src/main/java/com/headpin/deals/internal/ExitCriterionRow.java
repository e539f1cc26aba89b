package com.headpin.deals.internal;

import com.headpin.deals.DealStage;
import com.headpin.deals.ExitCriterion;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One exit criterion of a stage. Removed ones are kept inactive, so the ticks on deals keep their meaning. */
@Entity
@Table(name = "sales_exit_criteria")
public class ExitCriterionRow extends BaseEntity implements TextLines.Line {

    public static final int TEXT_MAX_LENGTH = 300;

    @Column(name = "stage_no", nullable = false)
    private int stageNo;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(name = "description", nullable = false, length = TEXT_MAX_LENGTH)
    private String text = "";
    @Column(nullable = false)
    private boolean active = true;

    protected ExitCriterionRow() {
    }

    public ExitCriterionRow(DealStage stage, String text, int sortOrder) {
        this.stageNo = stage.number();
        this.text = text;
        this.sortOrder = sortOrder;
    }

    public int getStageNo() {
        return stageNo;
    }

    @Override
    public String text() {
        return text;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void keep(int sortOrder) {
        this.sortOrder = sortOrder;
        this.active = true;
    }

    @Override
    public void retire() {
        this.active = false;
    }

    public ExitCriterion toCriterion() {
        return new ExitCriterion(requireId(), DealStage.of(stageNo), text);
    }
}
