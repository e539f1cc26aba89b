package com.headpin.shared;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** Dates as users expect them: 2026年3月15日 in Chinese, 15 Mar 2026 in English. */
public final class Dates {

    /** How dates are shown in Chinese; the date field's calendar (date-fns) reads the same pattern. */
    public static final String CHINESE_PATTERN = "yyyy年M月d日";
    /** How dates are shown in English; the date field's calendar (date-fns) reads the same pattern. */
    public static final String ENGLISH_PATTERN = "d MMM yyyy";

    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern(CHINESE_PATTERN, Locale.CHINESE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern(ENGLISH_PATTERN, Locale.ENGLISH);
    /** What a user may type in either language; strict, so that 2026-02-30 is not quietly 28 February. */
    private static final List<DateTimeFormatter> TYPED = Stream.of("uuuu-M-d", "uuuu/M/d", "uuuu.M.d",
            "uuuu年M月d日", "d MMM uuuu", "d MMMM uuuu", "MMM d, uuuu", "MMMM d, uuuu").map(Dates::strict).toList();

    private Dates() {
    }

    public static String format(LocalDate date, Locale locale) {
        return ("zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH).format(date);
    }

    /** The pattern dates are shown in for {@code locale}. */
    public static String pattern(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE_PATTERN : ENGLISH_PATTERN;
    }

    /**
     * A date as typed in either language: ISO (2026-12-22), 2026/12/22, 2026.12.22, or as the app shows it
     * (2026年12月22日, 22 Dec 2026). Full-width digits and signs of a Chinese input method and spaces between the parts
     * are fine. Empty for anything else, a day that does not exist included.
     */
    public static Optional<LocalDate> parse(String text) {
        // NFKC turns full-width "２０２６－１２－２２" into ASCII.
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        String compact = normal.replaceAll(" ?([-/.年月日]) ?", "$1");
        for (DateTimeFormatter format : TYPED) {
            for (String candidate : List.of(normal, compact)) {
                try {
                    return Optional.of(LocalDate.parse(candidate, format));
                } catch (DateTimeParseException notThisOne) {
                    // the next format may read it
                }
            }
        }
        return Optional.empty();
    }

    private static DateTimeFormatter strict(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
