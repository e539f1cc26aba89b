package com.headpin.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as users expect them: 2026年3月15日 in Chinese, 15 Mar 2026 in English. */
public final class Dates {

    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINESE);
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    public static String format(LocalDate date, Locale locale) {
        return ("zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH).format(date);
    }
}
