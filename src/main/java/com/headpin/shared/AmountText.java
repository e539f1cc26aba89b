package com.headpin.shared;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An amount as typed into a form and as a form shows it: digits with thousands separators (8,000,000, decimals as
 * given), the same in both languages. Reads what users type or paste: separators, spaces, a ¥ sign, full-width
 * digits and punctuation (８，０００。５) and a decimal point. Anything else (letters, exponents, two points) is no
 * amount, never a guess. Bounds are {@link InputRules#amount}'s.
 */
public final class AmountText {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    /** What users may put between digits or before them, gone before reading. */
    private static final Pattern DECORATION = Pattern.compile("[,\\s¥]");
    /** Longer text is no amount: refused before reading (the field also carries what users paste). */
    private static final int MAX_LENGTH = 80;
    /** Digits beyond which a value is not written out (only values on their way to being refused get there). */
    private static final int MAX_DIGITS = 40;
    private static final int MAX_SCALE = 20;

    private AmountText() {
    }

    /** The amount the text says, or empty if it is blank or no amount. */
    public static Optional<BigDecimal> parse(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        // NFKC makes full-width digits, commas, points and ￥ plain; the ideographic full stop is a decimal point.
        String plain = DECORATION.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).replace('。', '.'))
                .replaceAll("");
        if (!NUMBER.matcher(plain).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(plain));
    }

    /** The amount with thousands separators and its decimals as they are: 8,000,000 and 1,250,000.50. */
    public static String format(BigDecimal amount) {
        if (amount.precision() > MAX_DIGITS || Math.abs(amount.scale()) > MAX_SCALE) {
            return amount.toString();
        }
        String plain = amount.abs().toPlainString();
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder grouped = new StringBuilder(amount.signum() < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return grouped.append(point < 0 ? "" : plain.substring(point)).toString();
    }
}
