package com.headpin.deals.internal;

import com.headpin.deals.DealStage;
import com.headpin.deals.ExitCriterion;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One exit criterion of a stage. */
@Entity
@Table(name = "sales_exit_criteria")
public class ExitCriterionRow extends ListedLine {

    public static final int TEXT_MAX_LENGTH = 300;

    @Column(name = "stage_no", nullable = false)
    private int stageNo;
    @Column(name = "description", nullable = false, length = TEXT_MAX_LENGTH)
    private String text = "";

    protected ExitCriterionRow() {
    }

    public ExitCriterionRow(DealStage stage, String text, int sortOrder) {
        super(sortOrder);
        this.stageNo = stage.number();
        this.text = text;
    }

    public int getStageNo() {
        return stageNo;
    }

    @Override
    public String text() {
        return text;
    }

    public ExitCriterion toCriterion() {
        return new ExitCriterion(requireId(), DealStage.of(stageNo), text);
    }
}
