package com.headpin.deals;

import java.time.LocalDate;

import com.headpin.deals.internal.DealOutcomeQueries;
import com.headpin.organisation.Visibility;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The win/loss report ([Forecast]): deals won (by signing day) and lost (by the day they were lost) in a period,
 * grouped in the database within the caller's visibility, and the time won deals spent per stage from their dated
 * history.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DealOutcomeReport {

    private final DealOutcomeQueries queries;
    private final Visibility visibility;

    DealOutcomeReport(DealOutcomeQueries queries, Visibility visibility) {
        this.queries = queries;
        this.visibility = visibility;
    }

    /** The report for the days from {@code from} to {@code to}, both included. */
    public OutcomeReport between(LocalDate from, LocalDate to) {
        new InputRules().date("from", from).date("to", to).check();
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "forecast.win-loss.period-invalid");
        }
        return queries.report(visibility.current(), from, to);
    }
}
