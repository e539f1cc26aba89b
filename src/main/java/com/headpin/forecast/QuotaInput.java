package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A yearly quota as typed: {@code EVEN} spreads {@code yearly} over the twelve fiscal months, {@code CUSTOM} takes
 * {@code months} (fiscal months 1–12) and the year is their sum.
 *
 * @param version the version of the quota as loaded, null when there was none yet (a new quota)
 */
public record QuotaInput(int fiscalYear, @Nullable Long version, QuotaSplit split, @Nullable BigDecimal yearly,
                         List<@Nullable BigDecimal> months) {

    public QuotaInput {
        months = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(months));
    }

    public static QuotaInput even(int fiscalYear, @Nullable Long version, @Nullable BigDecimal yearly) {
        return new QuotaInput(fiscalYear, version, QuotaSplit.EVEN, yearly, List.of());
    }

    public static QuotaInput custom(int fiscalYear, @Nullable Long version, List<@Nullable BigDecimal> months) {
        return new QuotaInput(fiscalYear, version, QuotaSplit.CUSTOM, null, months);
    }
}
