package com.headpin.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import com.headpin.deals.DealDetails;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealHistoryEntry;
import com.headpin.deals.DealHistoryService;
import com.headpin.deals.DealInput;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealSummary;
import com.headpin.deals.ForecastCategory;
import com.headpin.forecast.Period;
import com.headpin.forecast.PeriodKind;
import com.headpin.forecast.Periods;
import com.headpin.forecast.SnapshotService;
import com.headpin.shared.BusinessCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Twelve weekly snapshots, one per week up to this one, each frozen as the demo deals stood on the eve of that
 * week's forecast meeting (their dated history). Before that, the late-stage open deals get the revisions a real
 * quarter brings, dated in the past weeks (after each deal's last change, so the history stays in order): amounts
 * raised or cut, close dates pulled into the quarter or pushed past it, best cases committed. With the deals won,
 * lost and delayed by the deals' own demo history, movement and accuracy show every kind of step.
 */
@Component
class SnapshotDemoData implements DemoData {

    static final int WEEKS = 12;
    private static final Logger log = LoggerFactory.getLogger(SnapshotDemoData.class);

    private final SnapshotService snapshots;
    private final DealService deals;
    private final DealHistoryService history;
    private final Periods periods;
    private final BusinessCalendar calendar;

    SnapshotDemoData(SnapshotService snapshots, DealService deals, DealHistoryService history, Periods periods,
                     BusinessCalendar calendar) {
        this.snapshots = snapshots;
        this.deals = deals;
        this.history = history;
        this.periods = periods;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 410;
    }

    @Override
    public String name() {
        return "forecast snapshots";
    }

    @Override
    public boolean present() {
        return !snapshots.snapshots().isEmpty();
    }

    @Override
    public void seed() {
        LocalDate today = calendar.today();
        long started = System.nanoTime();
        revise(today);
        // Eve of the meeting day: Sunday for a Monday meeting (the end of the week), Thursday for a Friday one.
        int eve = Math.floorMod(calendar.forecastMeetingDay().getValue() - 2, 7);
        for (int week = WEEKS - 1; week >= 0; week--) {
            LocalDate day = calendar.weekStart(today.minusWeeks(week)).plusDays(eve);
            snapshots.takeAsOf(day.isAfter(today) ? today : day);
        }
        log.info("{} weekly forecast snapshots frozen in {} ms", WEEKS, (System.nanoTime() - started) / 1_000_000);
    }

    /** Dated revisions of the open proposal and negotiation deals within the twelve weeks. */
    private void revise(LocalDate today) {
        Period quarter = periods.containing(PeriodKind.QUARTER, today);
        List<DealSummary> late = deals.page(DealFilter.ALL, Pageable.unpaged()).getContent().stream()
                .filter(d -> d.outcome() == DealOutcome.OPEN)
                .filter(d -> d.stage() == DealStage.PROPOSAL || d.stage() == DealStage.NEGOTIATION)
                .sorted(Comparator.comparingLong(DealSummary::id)).toList();
        int n = 0;
        for (DealSummary deal : late) {
            LocalDate last = history.history(deal.id()).stream().map(DealHistoryEntry::effectiveOn)
                    .max(Comparator.naturalOrder()).orElse(today);
            long room = ChronoUnit.DAYS.between(last, today);
            if (room < 8) {
                continue;
            }
            // A day between the deal's last change and today, within the snapshots' twelve weeks.
            LocalDate on = today.minusDays(1 + (n * 11L) % Math.min(room - 1, WEEKS * 7L - 7));
            DealDetails details = deals.find(deal.id()).orElseThrow();
            DealInput input = DealInput.from(details);
            DealInput revised = switch (n % 4) {
                case 0 -> input.withAmount(round(details.amount(), "1.15"), details.expectedClose());
                case 1 -> input.withAmount(round(details.amount(), "0.85"), details.expectedClose());
                case 2 -> input.withAmount(details.amount(), quarter.contains(details.expectedClose())
                        ? quarter.end().plusDays(20) : max(quarter.end().minusDays(6), today.plusDays(1)));
                default -> details.forecastCategory() == ForecastCategory.BEST_CASE
                        ? input.withCategory(ForecastCategory.COMMIT)
                        : input.withAmount(details.amount(), max(quarter.end().minusDays(3), today.plusDays(1)));
            };
            history.backdated(on, () -> deals.update(deal.id(), revised));
            n++;
        }
    }

    private static BigDecimal round(BigDecimal amount, String factor) {
        return amount.multiply(new BigDecimal(factor)).setScale(-4, RoundingMode.HALF_UP).setScale(2);
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
