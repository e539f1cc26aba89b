package com.headpin.accountplans;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code headpin.customer-year.periods}: the customer's year as the company sees it (China by default): planning
 * season, Spring Festival, vendor selection, tenders, holidays. Shown as a strip under each account plan.
 */
@ConfigurationProperties("headpin.customer-year")
public record CustomerYear(List<Period> periods) {

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** A period from {@code from} to {@code to} ("MM-dd", may wrap over New Year); {@code key} names it in i18n. */
    public record Period(String key, String from, String to) {

        public MonthDay start() {
            return MonthDay.parse(from, MONTH_DAY);
        }

        public MonthDay end() {
            return MonthDay.parse(to, MONTH_DAY);
        }

        public boolean contains(MonthDay day) {
            MonthDay start = start();
            MonthDay end = end();
            return start.isAfter(end) ? !day.isBefore(start) || !day.isAfter(end)
                    : !day.isBefore(start) && !day.isAfter(end);
        }
    }

    public CustomerYear {
        periods = periods == null || periods.isEmpty() ? DEFAULTS : List.copyOf(periods);
        periods.forEach(p -> {
            p.start();
            p.end();
        });
    }

    static final List<Period> DEFAULTS = List.of(
            new Period("planning", "11-01", "12-31"),
            new Period("spring-festival", "01-20", "02-15"),
            new Period("selection", "02-15", "05-31"),
            new Period("tender", "05-01", "08-10"),
            new Period("holidays", "12-20", "01-05"));
}
