package com.headpin.forecast;

import java.math.BigDecimal;

import com.headpin.deals.OwnerFigures;
import com.headpin.forecast.internal.ForecastAdjustment;
import com.headpin.forecast.internal.ForecastCall;
import org.jspecify.annotations.Nullable;

/** One rep's four numbers from the deal figures, the rep's call and a manager's adjustment. */
final class RepNumbersFactory {

    private RepNumbersFactory() {
    }

    static RepNumbers of(long repId, String name, @Nullable BigDecimal quota, OwnerFigures deals,
                         @Nullable ForecastCall call, @Nullable ForecastAdjustment adjustment) {
        BigDecimal system = deals.wonAmount().add(deals.weightedAmount());
        BigDecimal callAmount = call == null ? null : call.getAmount();
        BigDecimal forecast = callAmount == null ? system : callAmount;
        BigDecimal commitment = deals.wonAmount().add(deals.commitAmount());
        BigDecimal forecastAdjustment = adjustment == null ? null : adjustment.getForecast();
        BigDecimal commitmentAdjustment = adjustment == null ? null : adjustment.getCommitment();
        FourNumbers numbers = new FourNumbers(quota, system, forecast,
                forecastAdjustment == null ? forecast : forecastAdjustment, commitment,
                commitmentAdjustment == null ? commitment : commitmentAdjustment, deals.wonAmount());
        return new RepNumbers(repId, name, numbers, callAmount, call == null ? null : call.getNote(),
                forecastAdjustment, commitmentAdjustment, adjustment == null ? null : adjustment.getNote(),
                adjustment == null ? null : adjustment.getAdjustedBy(), deals.openCount(), deals.wonCount(),
                deals.openCountByStage(), deals.openAmountByStage());
    }
}
