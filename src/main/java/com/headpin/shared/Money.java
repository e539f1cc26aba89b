package com.headpin.shared;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * CNY amounts as Headpin's users read them: in Chinese in 万 (1,000,000 → 100万), in English in full with thousands
 * separators (¥1,000,000) or compact where space is tight (¥1.0M). The stored value is always exact.
 */
public final class Money {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    /**
     * Digits and decimal places beyond which a value is not written out in full. Stored amounts are far inside;
     * only input on its way to being refused is outside, such as 1E+999999999, whose digits would never end.
     */
    private static final int MAX_DIGITS = 40;
    private static final int MAX_SCALE = 20;

    private Money() {
    }

    public static String format(BigDecimal amount, Locale locale) {
        if (!writable(amount)) {
            return scientific(amount);
        }
        if (isChinese(locale)) {
            return wan(amount);
        }
        NumberFormat number = NumberFormat.getNumberInstance(Locale.ENGLISH);
        number.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        number.setMaximumFractionDigits(2);
        return (amount.signum() < 0 ? "-¥" : "¥") + number.format(amount.abs());
    }

    /** For tight spaces (grid cells, cards): 1.0M / 250K in English, 万 in Chinese. */
    public static String compact(BigDecimal amount, Locale locale) {
        if (!writable(amount)) {
            return scientific(amount);
        }
        if (isChinese(locale)) {
            return wan(amount);
        }
        BigDecimal abs = amount.abs();
        String sign = amount.signum() < 0 ? "-¥" : "¥";
        if (abs.compareTo(MILLION) >= 0) {
            return sign + abs.divide(MILLION, 1, RoundingMode.HALF_UP).toPlainString() + "M";
        }
        if (abs.compareTo(THOUSAND) >= 0) {
            return sign + abs.divide(THOUSAND, 0, RoundingMode.HALF_UP).toPlainString() + "K";
        }
        return format(amount, locale);
    }

    private static String wan(BigDecimal amount) {
        if (amount.abs().compareTo(WAN) < 0) {
            return amount.stripTrailingZeros().toPlainString() + "元";
        }
        BigDecimal wan = amount.divide(WAN, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        NumberFormat number = NumberFormat.getNumberInstance(Locale.SIMPLIFIED_CHINESE);
        number.setMaximumFractionDigits(2);
        return number.format(wan) + "万";
    }

    private static boolean writable(BigDecimal amount) {
        return amount.precision() <= MAX_DIGITS && Math.abs(amount.scale()) <= MAX_SCALE;
    }

    /** Three significant digits and a power of ten: short, whatever the value. */
    private static String scientific(BigDecimal amount) {
        return (amount.signum() < 0 ? "-¥" : "¥") + amount.abs().round(new MathContext(3)).toString();
    }

    private static boolean isChinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
