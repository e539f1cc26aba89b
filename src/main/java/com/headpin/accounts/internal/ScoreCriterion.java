package com.headpin.accounts.internal;

import com.headpin.accounts.Criterion;
import com.headpin.accounts.CriterionInput;

import java.util.ArrayList;
import java.util.List;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One criterion of the ideal-customer scorecard: a weight and a description for each level 0–5. */
@Entity
@Table(name = "score_criteria")
public class ScoreCriterion extends BaseEntity {

    @Column(nullable = false, length = 100)
    private String name = "";
    @Column(nullable = false)
    private int weight = 1;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(nullable = false)
    private boolean active = true;
    @Column(name = "level_0", length = 200)
    private @Nullable String level0;
    @Column(name = "level_1", length = 200)
    private @Nullable String level1;
    @Column(name = "level_2", length = 200)
    private @Nullable String level2;
    @Column(name = "level_3", length = 200)
    private @Nullable String level3;
    @Column(name = "level_4", length = 200)
    private @Nullable String level4;
    @Column(name = "level_5", length = 200)
    private @Nullable String level5;

    protected ScoreCriterion() {
    }

    public ScoreCriterion(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public void apply(CriterionInput input) {
        name = input.name().strip();
        weight = input.weight();
        active = input.active();
        List<String> levels = input.levels();
        level0 = level(levels, 0);
        level1 = level(levels, 1);
        level2 = level(levels, 2);
        level3 = level(levels, 3);
        level4 = level(levels, 4);
        level5 = level(levels, 5);
    }

    public Criterion toCriterion() {
        List<String> levels = new ArrayList<>();
        for (String level : new String[] {level0, level1, level2, level3, level4, level5}) {
            levels.add(level == null ? "" : level);
        }
        return new Criterion(idOrZero(), getVersion(), name, weight, sortOrder, active, levels);
    }

    private static @Nullable String level(List<String> levels, int index) {
        return index < levels.size() && !levels.get(index).isBlank() ? levels.get(index).strip() : null;
    }
}
