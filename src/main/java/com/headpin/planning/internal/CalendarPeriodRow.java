package com.headpin.planning.internal;

import java.time.LocalDate;

import com.headpin.planning.CalendarPeriod;
import com.headpin.planning.CalendarPeriodInput;
import com.headpin.planning.PeriodKind;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A stored period of the company calendar. */
@Entity
@Table(name = "calendar_periods")
public class CalendarPeriodRow extends BaseEntity {

    public static final int LABEL_MAX_LENGTH = 100;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PeriodKind kind = PeriodKind.OTHER;
    @Column(length = LABEL_MAX_LENGTH)
    private @Nullable String label;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn = LocalDate.EPOCH;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn = LocalDate.EPOCH;
    @Column(name = "every_year", nullable = false)
    private boolean everyYear;
    @Column(nullable = false)
    private boolean blackout;

    /** Takes checked input: kind and both dates are present. */
    public void apply(CalendarPeriodInput input) {
        kind = java.util.Objects.requireNonNull(input.kind());
        label = input.label() == null || input.label().isBlank() ? null : input.label().strip();
        startsOn = java.util.Objects.requireNonNull(input.from());
        endsOn = java.util.Objects.requireNonNull(input.to());
        everyYear = input.everyYear();
        blackout = input.blackout();
    }

    public CalendarPeriod toPeriod() {
        return new CalendarPeriod(requireId(), getVersion(), kind, label, startsOn, endsOn, everyYear, blackout);
    }
}
