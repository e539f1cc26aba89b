package com.headpin.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.headpin.deals.DealFigures;
import com.headpin.deals.OwnerFigures;
import com.headpin.forecast.Period;
import com.headpin.forecast.PeriodKind;
import com.headpin.forecast.Periods;
import com.headpin.forecast.QuotaInput;
import com.headpin.forecast.QuotaService;
import com.headpin.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

/**
 * Quotas for the fiscal years the demo deals fall in (the past twelve months): each selling demo user gets a yearly
 * quota sized from their own won and open deals, some set low (they run ahead) and some high (they fall behind);
 * Emma Clarke's is split by month, heavier towards the year's end. The east region gets a top-down quota above the
 * sum of its reps' quotas, so the gap shows. Seeded after the deals (order 200) and their stakeholders.
 */
@Component
class QuotaDemoData implements DemoData {

    /** Quota as a multiple of what the rep's deals make of the year: below 1 runs ahead, above 1 falls behind. */
    private static final Map<String, BigDecimal> STRETCH = new LinkedHashMap<>();

    static {
        STRETCH.put("rep", new BigDecimal("0.75"));
        STRETCH.put("rep2", new BigDecimal("1.60"));
        STRETCH.put("rep3", new BigDecimal("1.00"));
        STRETCH.put("manager", new BigDecimal("1.25"));
        STRETCH.put("north.director", new BigDecimal("0.90"));
    }

    /** Emma Clarke's months, in fiftieths of her year: slow start, strong last quarter. */
    private static final int[] SEASON = {2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 6, 9};
    private static final BigDecimal MINIMUM = new BigDecimal("2000000");
    private static final BigDecimal EAST_STRETCH = new BigDecimal("1.15");

    private final OrganisationDemoData organisation;
    private final QuotaService quotas;
    private final DealFigures figures;
    private final Periods periods;
    private final BusinessCalendar calendar;

    QuotaDemoData(OrganisationDemoData organisation, QuotaService quotas, DealFigures figures, Periods periods,
                  BusinessCalendar calendar) {
        this.organisation = organisation;
        this.quotas = quotas;
        this.figures = figures;
        this.periods = periods;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String name() {
        return "quotas";
    }

    @Override
    public boolean present() {
        return quotas.board(quotas.currentFiscalYear()).reps().stream().anyMatch(rep -> rep.quota() != null);
    }

    @Override
    public void seed() {
        OrganisationDemoData.Directory demo = organisation.directory();
        Map<Long, BigDecimal> stretch = new LinkedHashMap<>();
        STRETCH.forEach((username, factor) -> stretch.put(demo.user(username), factor));
        long rep3 = demo.user("rep3");
        long east = demo.unit(OrganisationDemoData.EAST_REGION);
        Set<Integer> years = new TreeSet<>();
        years.add(periods.containing(PeriodKind.YEAR, calendar.today().minusDays(360)).fiscalYear());
        years.add(periods.current(PeriodKind.YEAR).fiscalYear());
        for (int year : years) {
            Period period = periods.year(year);
            Map<Long, OwnerFigures> byOwner = figures.byOwner(stretch.keySet(), period.start(), period.end());
            for (Map.Entry<Long, BigDecimal> rep : stretch.entrySet()) {
                OwnerFigures deals = byOwner.get(rep.getKey());
                BigDecimal made = deals == null ? BigDecimal.ZERO
                        : deals.wonAmount().add(deals.openAmount().divide(BigDecimal.TWO, 2, RoundingMode.HALF_UP));
                BigDecimal yearly = roundYear(made.multiply(rep.getValue()).max(MINIMUM));
                quotas.setRepQuota(rep.getKey(), rep.getKey() == rep3
                        ? QuotaInput.custom(year, null, seasonal(yearly))
                        : QuotaInput.even(year, null, yearly));
            }
            BigDecimal eastReps = quotas.board(year).unit(east).map(unit -> unit.rollUp()).orElse(BigDecimal.ZERO);
            quotas.setUnitQuota(east, QuotaInput.even(year, null,
                    roundYear(eastReps.multiply(EAST_STRETCH))));
        }
    }

    private static List<BigDecimal> seasonal(BigDecimal yearly) {
        List<BigDecimal> months = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (int m = 0; m < 11; m++) {
            BigDecimal month = round(yearly.multiply(BigDecimal.valueOf(SEASON[m])).divide(BigDecimal.valueOf(50),
                    2, RoundingMode.HALF_UP));
            months.add(month);
            given = given.add(month);
        }
        months.add(yearly.subtract(given));
        return months;
    }

    /** A year that splits into whole months of whole ten thousands: a multiple of ¥120,000. */
    private static BigDecimal roundYear(BigDecimal amount) {
        BigDecimal step = new BigDecimal("120000");
        return amount.divide(step, 0, RoundingMode.HALF_UP).multiply(step).setScale(2);
    }

    private static BigDecimal round(BigDecimal amount) {
        return amount.setScale(-4, RoundingMode.HALF_UP).setScale(2);
    }
}
