package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.headpin.shared.InputRules;

/**
 * Checks a typed quota before anything is written: the year's amount (even split) or each of the twelve months
 * (custom split) an amount, and their sum too. Fields: {@code yearly}, {@code month-1} … {@code month-12}.
 */
final class QuotaInputRules {

    private QuotaInputRules() {
    }

    /** The twelve months to store for a custom split (blank months count as zero); empty for an even split. */
    static List<BigDecimal> check(QuotaInput input) {
        InputRules rules = new InputRules();
        List<BigDecimal> months = new ArrayList<>();
        if (input.split() == QuotaSplit.EVEN) {
            if (input.yearly() == null) {
                rules.reject("yearly", "validation.required");
            }
            rules.amount("yearly", input.yearly());
        } else if (input.months().size() != 12) {
            rules.reject("yearly", "forecast.quota.twelve-months");
        } else {
            BigDecimal total = BigDecimal.ZERO;
            for (int m = 1; m <= 12; m++) {
                BigDecimal month = input.months().get(m - 1);
                rules.amount("month-" + m, month);
                BigDecimal value = month == null || !InputRules.isAmount(month) ? BigDecimal.ZERO : month.setScale(2);
                months.add(value);
                total = total.add(value);
            }
            rules.amount("yearly", total);
        }
        rules.check();
        return months;
    }
}
