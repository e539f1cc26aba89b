package com.headpin.deals;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import com.headpin.deals.internal.DealFinder;
import com.headpin.deals.internal.DealHistoryRepository;
import com.headpin.deals.internal.DealHistoryRow;
import com.headpin.deals.internal.DealHistoryWriter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated deal history: each change of stage, amount, close date, probability, category or outcome as the deal
 * stood afterwards ([Forecast] reads movement from it). Administrators may date changes back (demo data, a
 * pipeline taken over from another system); the time they were recorded stays the real one.
 */
@Service
@Transactional
public class DealHistoryService {

    private final DealFinder finder;
    private final DealHistoryRepository history;
    private final DealHistoryWriter writer;

    DealHistoryService(DealFinder finder, DealHistoryRepository history, DealHistoryWriter writer) {
        this.finder = finder;
        this.history = history;
        this.writer = writer;
    }

    /** The deal's history, oldest first; a deal the caller may not see is not found. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<DealHistoryEntry> history(long dealId) {
        finder.load(dealId);
        return history.findByDealIdOrderByEffectiveOnAscIdAsc(dealId).stream().map(DealHistoryRow::toEntry)
                .toList();
    }

    /**
     * The states on {@code day} of these owners' deals ({@link DealState}): their open and delayed pipeline, any close
     * date, and the deals closed or changed on or after {@code closedSince}. Administrators only (the system freezing
     * everyone's weekly snapshot): it reads every deal of the owners, whoever may open it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<DealState> statesOn(LocalDate day, Collection<Long> ownerIds, LocalDate closedSince) {
        if (ownerIds.isEmpty()) {
            return List.of();
        }
        return history.statesOn(ownerIds, day, closedSince).stream()
                .map(row -> ((DealHistoryRow) row[0]).toState((String) row[1], (Long) row[2])).toList();
    }

    /**
     * Runs {@code work} (calls of the deal services, checked as usual) with every history row it writes effective
     * on {@code date} instead of today. Administrators only: an honest history is the point of the table.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public <T> T backdated(LocalDate date, Supplier<T> work) {
        return writer.effectiveOn(date, work);
    }
}
