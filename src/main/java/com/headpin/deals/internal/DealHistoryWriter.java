package com.headpin.deals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import com.headpin.deals.DealChange;
import com.headpin.deals.DealStage;
import com.headpin.security.CurrentUser;
import com.headpin.shared.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes the dated deal history. A change takes effect today (the company's calendar) unless it runs inside
 * {@link #effectiveOn}, which the administrators' back-dating (demo data) uses; the recorded time and user are
 * always the real ones.
 */
@Component
public class DealHistoryWriter {

    private static final ThreadLocal<@Nullable LocalDate> EFFECTIVE = new ThreadLocal<>();

    private final DealHistoryRepository history;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final CurrentUser currentUser;

    DealHistoryWriter(DealHistoryRepository history, BusinessCalendar calendar, Clock clock,
                      CurrentUser currentUser) {
        this.history = history;
        this.calendar = calendar;
        this.clock = clock;
        this.currentUser = currentUser;
    }

    /** Runs {@code work} with every history row it writes effective on {@code date}. */
    public <T> T effectiveOn(LocalDate date, Supplier<T> work) {
        LocalDate previous = EFFECTIVE.get();
        EFFECTIVE.set(date);
        try {
            return work.get();
        } finally {
            EFFECTIVE.set(previous);
        }
    }

    /** The day changes made now take effect. */
    public LocalDate today() {
        LocalDate effective = EFFECTIVE.get();
        return effective != null ? effective : calendar.today();
    }

    /** Records the deal's state after {@code change}, with the probability its stage has now. */
    public void record(Deal deal, DealChange change, @Nullable DealStage fromStage, int probability,
                       @Nullable String reason) {
        history.save(new DealHistoryRow(deal, change, fromStage, probability, today(), clock.instant(),
                currentUser.principal().map(p -> p.userId()).orElse(null), reason));
    }
}
