package com.headpin.deals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One stage as the company runs it: its names, the win probability on reaching it (%), the typical weeks to the next
 * stage (0 for signed), the conversion ratio (deals needed at this stage to sign one), the exit criteria and the
 * effort per role for one deal, in person-days.
 */
public record StageSettings(DealStage stage, String nameEn, String nameZh, int probability, int typicalWeeks,
                            int conversion, List<ExitCriterion> exitCriteria, Map<DealRole, BigDecimal> effortDays) {

    public StageSettings {
        exitCriteria = List.copyOf(exitCriteria);
        effortDays = Map.copyOf(effortDays);
    }

    /** The name in the reader's language: Chinese for any Chinese locale, else English. */
    public String name(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
    }

    public BigDecimal effort(DealRole role) {
        return effortDays.getOrDefault(role, BigDecimal.ZERO);
    }
}
