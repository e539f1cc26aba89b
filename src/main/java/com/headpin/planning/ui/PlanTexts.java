package com.headpin.planning.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcess;
import com.headpin.planning.CalendarPeriod;
import com.headpin.planning.PlanNote;
import com.headpin.shared.Dates;
import com.headpin.shared.Money;
import com.vaadin.flow.component.Component;

/** How planning's values read in the user's language: notes with their arguments, months, period names. */
final class PlanTexts {

    private PlanTexts() {
    }

    static String periodName(CalendarPeriod period, Component in) {
        return period.label() != null ? period.label() : in.getTranslation(period.kind().labelKey());
    }

    /** "Jul 2027" in English, "2027年7月" in Chinese. */
    static String month(YearMonth month, Locale locale) {
        return "zh".equals(locale.getLanguage()) ? month.getYear() + "年" + month.getMonthValue() + "月"
                : month.format(DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH));
    }

    /** "July 2027" in English, "2027年7月" in Chinese: a month in a sentence. */
    static String longMonth(YearMonth month, Locale locale) {
        return "zh".equals(locale.getLanguage()) ? month(month, locale)
                : month.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
    }

    /** The short month name alone, for table columns and chart axes ("Jul", "7月"). */
    static String shortMonth(YearMonth month, Locale locale) {
        return "zh".equals(locale.getLanguage()) ? month.getMonthValue() + "月"
                : month.format(DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH));
    }

    static String note(PlanNote note, SalesProcess process, Component in, Locale locale) {
        Object[] args = note.args().stream().map(arg -> value(arg, process, locale)).toArray();
        return in.getTranslation(note.key(), args);
    }

    static String value(Object arg, SalesProcess process, Locale locale) {
        return switch (arg) {
            case BigDecimal amount -> Money.format(amount, locale);
            case LocalDate date -> Dates.format(date, locale);
            case YearMonth month -> month(month, locale);
            case DealStage stage -> process.stage(stage).name(locale);
            default -> String.valueOf(arg);
        };
    }
}
