package com.headpin.planning;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import com.headpin.deals.DealRole;
import com.headpin.deals.DealStage;

/**
 * A plan worked backwards from the quota: the deals needed, each planned deal's schedule, month by month targets
 * and effort, and the notes that explain odd inputs. A plan with a blocking note has no deals and no months.
 */
public record SalesPlan(PlanInputs inputs, int dealsNeeded, List<PlannedDeal> deals, List<PlanMonth> months,
                        List<PlanNote> notes) {

    public SalesPlan {
        deals = List.copyOf(deals);
        months = List.copyOf(months);
        notes = List.copyOf(notes);
    }

    public static SalesPlan refused(PlanInputs inputs, int dealsNeeded, List<PlanNote> notes) {
        return new SalesPlan(inputs, dealsNeeded, List.of(), List.of(), notes);
    }

    public boolean blocked() {
        return notes.stream().anyMatch(PlanNote::blocking);
    }

    /** Prospects the plan needs at a stage: the deals times the stage's ratio (9 seminars per deal by default). */
    public int prospectsNeeded(DealStage stage) {
        return deals.size() * inputs.process().stage(stage).conversion();
    }

    public int seminarDays() {
        return months.stream().mapToInt(PlanMonth::seminarDays).sum();
    }

    public int travelDays() {
        return months.stream().mapToInt(PlanMonth::travelDays).sum();
    }

    /** Person-days of a role over the whole plan, as the months add up. */
    public BigDecimal effort(DealRole role) {
        return months.stream().map(m -> m.effort(role)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Person-days one stage costs over the plan: its prospects times the stage's effort per role. */
    public BigDecimal stageEffort(DealStage stage) {
        return Arrays.stream(DealRole.values()).map(role -> inputs.process().stage(stage).effort(role))
                .reduce(BigDecimal.ZERO, BigDecimal::add).multiply(BigDecimal.valueOf(prospectsNeeded(stage)));
    }
}
