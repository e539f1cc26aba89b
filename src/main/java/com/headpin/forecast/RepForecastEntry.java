package com.headpin.forecast;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * What a form needs to change one rep's call or adjustment for a period: the stored values with their versions (null
 * when there is none yet) and what the caller may do.
 *
 * @param mayCall   the caller is this rep and may make their own call
 * @param mayAdjust the caller manages this rep (or is an administrator) and may adjust
 */
public record RepForecastEntry(long repId, String periodKey, @Nullable BigDecimal call, @Nullable String callNote,
                               @Nullable Long callVersion, @Nullable BigDecimal forecastAdjustment,
                               @Nullable BigDecimal commitmentAdjustment, @Nullable String adjustmentNote,
                               @Nullable Long adjustmentVersion, boolean mayCall, boolean mayAdjust) {

    public boolean adjusted() {
        return forecastAdjustment != null || commitmentAdjustment != null;
    }
}
