package com.headpin.forecast;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.HeadpinI18NProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds fiscal periods from the company's calendar (fiscal year start month, weeks from Monday) and names them.
 * A fiscal year is named after the calendar year it starts in ({@link BusinessCalendar#fiscalYear}).
 */
@Component
public class Periods {

    private static final Pattern FISCAL = Pattern.compile("FY(\\d{4})(?:-(Q[1-4]|M(?:0[1-9]|1[0-2])))?");
    private static final Pattern WEEK = Pattern.compile("W(\\d{4}-\\d{2}-\\d{2})");

    private final BusinessCalendar calendar;
    private final HeadpinI18NProvider i18n;

    Periods(BusinessCalendar calendar, HeadpinI18NProvider i18n) {
        this.calendar = calendar;
        this.i18n = i18n;
    }

    public Period year(int fiscalYear) {
        LocalDate start = calendar.fiscalYearStart(fiscalYear);
        return new Period(PeriodKind.YEAR, fiscalYear, 0, start, start.plusYears(1).minusDays(1));
    }

    public Period quarter(int fiscalYear, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("No quarter " + quarter);
        }
        LocalDate start = calendar.fiscalYearStart(fiscalYear).plusMonths(3L * (quarter - 1));
        return new Period(PeriodKind.QUARTER, fiscalYear, quarter, start, start.plusMonths(3).minusDays(1));
    }

    /** Fiscal month 1–12 (1 is the month the fiscal year starts in). */
    public Period month(int fiscalYear, int fiscalMonth) {
        if (fiscalMonth < 1 || fiscalMonth > 12) {
            throw new IllegalArgumentException("No fiscal month " + fiscalMonth);
        }
        LocalDate start = calendar.fiscalYearStart(fiscalYear).plusMonths(fiscalMonth - 1L);
        return new Period(PeriodKind.MONTH, fiscalYear, fiscalMonth, start, start.plusMonths(1).minusDays(1));
    }

    /** The Monday-to-Sunday week a date falls in (its fiscal year is the one its Monday falls in). */
    public Period week(LocalDate date) {
        LocalDate monday = calendar.weekStart(date);
        return new Period(PeriodKind.WEEK, calendar.fiscalYear(monday), 0, monday, monday.plusDays(6));
    }

    /** The period of a kind that a date falls in. */
    public Period containing(PeriodKind kind, LocalDate date) {
        int fiscalYear = calendar.fiscalYear(date);
        int fiscalMonth = fiscalMonth(date);
        return switch (kind) {
            case YEAR -> year(fiscalYear);
            case QUARTER -> quarter(fiscalYear, (fiscalMonth + 2) / 3);
            case MONTH -> month(fiscalYear, fiscalMonth);
            case WEEK -> week(date);
        };
    }

    /** The period of a kind that today falls in. */
    public Period current(PeriodKind kind) {
        return containing(kind, calendar.today());
    }

    public List<Period> quarters(int fiscalYear) {
        return List.of(quarter(fiscalYear, 1), quarter(fiscalYear, 2), quarter(fiscalYear, 3), quarter(fiscalYear, 4));
    }

    public List<Period> months(int fiscalYear) {
        List<Period> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(fiscalYear, m));
        }
        return months;
    }

    /** The weeks whose Monday lies in the period, in order. */
    public List<Period> weeksStartingIn(Period period) {
        List<Period> weeks = new ArrayList<>();
        LocalDate monday = calendar.weekStart(period.start());
        if (monday.isBefore(period.start())) {
            monday = monday.plusWeeks(1);
        }
        for (; !monday.isAfter(period.end()); monday = monday.plusWeeks(1)) {
            weeks.add(week(monday));
        }
        return weeks;
    }

    /** The period after this one, of the same kind. */
    public Period next(Period period) {
        return containing(period.kind(), period.end().plusDays(1));
    }

    /** The period before this one, of the same kind. */
    public Period previous(Period period) {
        return containing(period.kind(), period.start().minusDays(1));
    }

    /** A period from its {@link Period#key()}; empty for anything else. */
    public Optional<Period> parse(@Nullable String key) {
        if (key == null) {
            return Optional.empty();
        }
        Matcher fiscal = FISCAL.matcher(key);
        if (fiscal.matches()) {
            int fiscalYear = Integer.parseInt(fiscal.group(1));
            if (fiscalYear < 1900 || fiscalYear > 2100) {
                return Optional.empty();
            }
            String part = fiscal.group(2);
            if (part == null) {
                return Optional.of(year(fiscalYear));
            }
            int number = Integer.parseInt(part.substring(1));
            return Optional.of(part.charAt(0) == 'Q' ? quarter(fiscalYear, number) : month(fiscalYear, number));
        }
        Matcher week = WEEK.matcher(key);
        if (week.matches()) {
            try {
                LocalDate date = LocalDate.parse(week.group(1));
                return date.getYear() < 1900 || date.getYear() > 2100 ? Optional.empty() : Optional.of(week(date));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The period's name in a language: "Q3 FY2026" / "2026财年第3季度", "Jul 2026" / "2026年7月", … */
    public String label(Period period, Locale locale) {
        Locale language = HeadpinI18NProvider.supported(locale);
        return switch (period.kind()) {
            case YEAR -> i18n.getTranslation("forecast.period.label.year", language, period.fiscalYear());
            case QUARTER -> i18n.getTranslation("forecast.period.label.quarter", language, period.fiscalYear(),
                    period.index());
            case MONTH -> i18n.getTranslation("forecast.period.label.month", language,
                    period.start().getYear(), period.start().getMonthValue(),
                    period.start().format(DateTimeFormatter.ofPattern("MMM", language)));
            case WEEK -> i18n.getTranslation("forecast.period.label.week", language,
                    period.start().getYear(), period.start().getMonthValue(), period.start().getDayOfMonth(),
                    period.start().format(DateTimeFormatter.ofPattern("MMM", language)));
        };
    }

    private int fiscalMonth(LocalDate date) {
        int startMonth = calendar.fiscalYearStart(calendar.fiscalYear(date)).getMonthValue();
        return Math.floorMod(date.getMonthValue() - startMonth, 12) + 1;
    }
}
