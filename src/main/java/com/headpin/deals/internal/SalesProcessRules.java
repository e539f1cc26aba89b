package com.headpin.deals.internal;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.headpin.deals.DealRole;
import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcessInput;
import com.headpin.deals.StageInput;
import com.headpin.shared.InputRules;
import org.jspecify.annotations.Nullable;

/** What makes sales-process settings acceptable; field names as {@link StageInput#field} gives them. */
public final class SalesProcessRules {

    public static final int MAX_WEEKS = 52;
    public static final int MAX_NO_CONTACT_DAYS = 365;
    public static final int MAX_CONVERSION = 999;
    public static final BigDecimal MAX_EFFORT_DAYS = BigDecimal.valueOf(365);
    public static final int MAX_CRITERIA_PER_STAGE = 20;
    public static final int MAX_DELIVERABLES = 30;

    private SalesProcessRules() {
    }

    public static void check(SalesProcessInput input) {
        if (input.stages().size() != DealStage.values().length) {
            throw new IllegalArgumentException("The sales process has six stages, not " + input.stages().size());
        }
        InputRules rules = new InputRules();
        whole(rules, "prospectingWeeks", input.prospectingWeeks(), 0, MAX_WEEKS, "deal.process.weeks");
        if (input.noContactFlagDays() != null) {
            whole(rules, "noContactFlagDays", input.noContactFlagDays(), 1, MAX_NO_CONTACT_DAYS, "process.no-contact-flag-days.invalid");
        }
        Integer previousProbability = null;
        for (int i = 0; i < input.stages().size(); i++) {
            StageInput stage = input.stages().get(i);
            if (stage.stage().ordinal() != i) {
                throw new IllegalArgumentException("Stages out of order: " + stage.stage() + " at " + i);
            }
            DealStage s = stage.stage();
            rules.name(StageInput.field(s, "nameEn"), stage.nameEn(), SalesProcessRow.STAGE_NAME_MAX_LENGTH);
            rules.name(StageInput.field(s, "nameZh"), stage.nameZh(), SalesProcessRow.STAGE_NAME_MAX_LENGTH);
            Integer probability = stage.probability();
            if (whole(rules, StageInput.field(s, "probability"), probability, 0, 100, "deal.process.percent")
                    && previousProbability != null && probability < previousProbability) {
                rules.reject(StageInput.field(s, "probability"), "deal.process.probability.order");
            }
            previousProbability = probability;
            whole(rules, StageInput.field(s, "typicalWeeks"), stage.typicalWeeks(), 0, MAX_WEEKS,
                    "deal.process.weeks");
            whole(rules, StageInput.field(s, "conversion"), stage.conversion(), 1, MAX_CONVERSION,
                    "deal.process.conversion");
            lines(rules, StageInput.field(s, "exitCriteria"), stage.exitCriteria(), ExitCriterionRow.TEXT_MAX_LENGTH,
                    MAX_CRITERIA_PER_STAGE);
            for (DealRole role : DealRole.values()) {
                BigDecimal days = stage.effortDays().get(role);
                String field = StageInput.field(s, "effort." + role.name());
                if (days == null) {
                    rules.reject(field, "validation.required");
                } else if (days.signum() < 0 || days.scale() > 1 || days.compareTo(MAX_EFFORT_DAYS) > 0) {
                    rules.reject(field, "deal.process.effort");
                }
            }
        }
        lines(rules, "deliverables", input.deliverables(), DeliverableRow.NAME_MAX_LENGTH, MAX_DELIVERABLES);
        rules.check();
    }

    private static boolean whole(InputRules rules, String field, @Nullable Integer value, int min, int max,
                                 String key) {
        if (value == null) {
            rules.reject(field, "validation.required");
            return false;
        }
        if (value < min || value > max) {
            rules.reject(field, key);
            return false;
        }
        return true;
    }

    /** A list of texts, one per line: each a name, none twice (they are told apart by their text), not too many. */
    private static void lines(InputRules rules, String field, List<String> lines, int maxLength, int maxCount) {
        if (lines.size() > maxCount) {
            rules.reject(field, "deal.process.too-many");
        }
        Set<String> seen = new HashSet<>();
        for (String line : lines) {
            rules.name(field, line, maxLength);
            if (!seen.add(line.strip().toLowerCase(Locale.ROOT))) {
                rules.reject(field, "deal.process.duplicate");
            }
        }
    }
}
