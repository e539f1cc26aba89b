package com.headpin.deals;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A user's settings for one stage. Exit criteria are texts in order: an unchanged text keeps its ticks on deals, a
 * reworded one is a new criterion to tick.
 */
public record StageInput(DealStage stage, @Nullable String nameEn, @Nullable String nameZh,
                         @Nullable Integer probability, @Nullable Integer typicalWeeks, @Nullable Integer conversion,
                         List<String> exitCriteria, Map<DealRole, @Nullable BigDecimal> effortDays) {

    public StageInput {
        exitCriteria = List.copyOf(exitCriteria);
        Map<DealRole, @Nullable BigDecimal> copy = new EnumMap<>(DealRole.class);
        copy.putAll(effortDays);
        effortDays = Collections.unmodifiableMap(copy);
    }

    /** The name a field of this stage has in input errors and forms: {@code stage3.probability}. */
    public static String field(DealStage stage, String property) {
        return "stage" + stage.number() + "." + property;
    }

    public static StageInput from(StageSettings stage) {
        return new StageInput(stage.stage(), stage.nameEn(), stage.nameZh(), stage.probability(),
                stage.typicalWeeks(), stage.conversion(), stage.exitCriteria().stream().map(ExitCriterion::text)
                .toList(), stage.effortDays());
    }
}
