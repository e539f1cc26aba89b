package com.headpin.planning.internal;

import java.time.LocalDate;

import com.headpin.planning.CalendarPeriod;
import com.headpin.planning.CalendarPeriodInput;
import com.headpin.planning.PeriodKind;
import com.headpin.planning.ReminderAction;
import com.headpin.planning.ReminderRule;
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
    @Column(nullable = false)
    private boolean reminds;
    @Column(name = "remind_days", nullable = false)
    private int remindDays = 14;
    @Enumerated(EnumType.STRING)
    @Column(name = "remind_action", nullable = false, length = 30)
    private ReminderAction remindAction = ReminderAction.KEEP_IN_TOUCH;
    @Column(name = "remind_key_only", nullable = false)
    private boolean remindKeyOnly;

    /** Takes checked input: kind and both dates are present, and a reminder given has its days and action. */
    public void apply(CalendarPeriodInput input) {
        kind = java.util.Objects.requireNonNull(input.kind());
        label = input.label() == null || input.label().isBlank() ? null : input.label().strip();
        startsOn = java.util.Objects.requireNonNull(input.from());
        endsOn = java.util.Objects.requireNonNull(input.to());
        everyYear = input.everyYear();
        blackout = input.blackout();
        CalendarPeriodInput.ReminderInput reminder = input.reminder();
        ReminderRule rule = ReminderRule.defaultFor(kind);
        if (reminder != null) {
            // Checked when it reminds; a reminder switched off keeps what it had, or its kind's default.
            Integer days = reminder.daysAhead();
            ReminderAction action = reminder.action();
            reminds = reminder.reminds();
            remindDays = days != null && days >= 0 && days <= ReminderRule.MAX_DAYS_AHEAD ? days
                    : getId() == null ? rule.daysAhead() : remindDays;
            remindAction = action != null ? action : getId() == null ? rule.action() : remindAction;
            remindKeyOnly = reminder.keyAccountsOnly();
        } else if (getId() == null) {
            reminds = rule.reminds();
            remindDays = rule.daysAhead();
            remindAction = rule.action();
            remindKeyOnly = rule.keyAccountsOnly();
        }
    }

    public CalendarPeriod toPeriod() {
        return new CalendarPeriod(requireId(), getVersion(), kind, label, startsOn, endsOn, everyYear, blackout,
                new ReminderRule(reminds, remindDays, remindAction, remindKeyOnly));
    }
}
