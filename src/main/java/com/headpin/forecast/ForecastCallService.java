package com.headpin.forecast;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.headpin.collaboration.History;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.forecast.internal.ForecastAdjustment;
import com.headpin.forecast.internal.ForecastAdjustmentRepository;
import com.headpin.forecast.internal.ForecastCall;
import com.headpin.forecast.internal.ForecastCallRepository;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.CurrentUser;
import com.headpin.security.Editors;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.Money;
import com.headpin.shared.RecordChanged;
import com.headpin.shared.StaleDataException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the human side of the four numbers: a rep's own forecast call with a note, and a manager's adjustment of a
 * rep's forecast and commitment. The rep's figures and the manager's stay apart (both are shown); every change keeps
 * its history and is announced on {@link ForecastTopics#NUMBERS}.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ForecastCallService {

    private final ForecastCallRepository calls;
    private final ForecastAdjustmentRepository adjustments;
    private final Periods periods;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final History history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ForecastCallService(ForecastCallRepository calls, ForecastAdjustmentRepository adjustments, Periods periods,
                        OrganisationService organisation, CurrentUser currentUser, History history,
                        ApplicationEventPublisher events, Clock clock) {
        this.calls = calls;
        this.adjustments = adjustments;
        this.periods = periods;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** The rep's call and adjustment for a period as the caller may change them; not found outside their part. */
    @Transactional(readOnly = true)
    public RepForecastEntry entry(String periodKey, long repId) {
        Period period = period(periodKey);
        ForecastAudience audience = visible(repId);
        ForecastCall call = calls.findByPeriodKeyAndUserId(period.key(), repId).orElse(null);
        ForecastAdjustment adjustment = adjustments.findByPeriodKeyAndUserId(period.key(), repId).orElse(null);
        return new RepForecastEntry(repId, period.key(), call == null ? null : call.getAmount(),
                call == null ? null : call.getNote(), call == null ? null : call.getVersion(),
                adjustment == null ? null : adjustment.getForecast(),
                adjustment == null ? null : adjustment.getCommitment(),
                adjustment == null ? null : adjustment.getNote(),
                adjustment == null ? null : adjustment.getVersion(), mayCall(audience, repId),
                audience.managed().contains(repId));
    }

    /** The rep's own forecast for the period: only for oneself, beside (never instead of) the system's figure. */
    @Editors
    public RepForecastEntry call(CallInput input) {
        Period period = period(input.periodKey());
        ForecastAudience audience = visible(input.repId());
        if (!mayCall(audience, input.repId())) {
            throw new AccessDeniedException("Only reps make their own forecast call");
        }
        new InputRules().amount("amount", input.amount()).maxLength("note", input.note(), ForecastCall.NOTE_MAX_LENGTH)
                .check();
        if (input.amount() == null) {
            throw InvalidInputException.of("amount", "validation.required");
        }
        ForecastCall call = calls.findByPeriodKeyAndUserId(period.key(), input.repId()).orElse(null);
        checkVersion(call == null ? null : call.getVersion(), input.version(), "ForecastCall");
        if (call == null) {
            call = new ForecastCall(input.repId(), period.key(), clock.instant());
        }
        call.call(input.amount(), InputRules.trimToNull(input.note()), clock.instant());
        call = calls.saveAndFlush(call);
        events.publishEvent(RecordChanged.of(ForecastTopics.CALL, call.requireId(), Set.of("amount", "note"),
                ForecastTopics.NUMBERS));
        events.publishEvent(RecordChanged.of(ForecastTopics.REP_CALL, ForecastTopics.periodKey(input.repId(), period),
                Set.of("amount", "note")));
        return entry(period.key(), input.repId());
    }

    /** A manager's forecast and/or commitment for a rep they manage; the rep's own figures stay as they are. */
    @Editors
    public RepForecastEntry adjust(AdjustmentInput input) {
        Period period = period(input.periodKey());
        requireManaged(input.repId());
        new InputRules().amount("forecast", input.forecast()).amount("commitment", input.commitment())
                .maxLength("note", input.note(), ForecastAdjustment.NOTE_MAX_LENGTH).check();
        if (input.forecast() == null && input.commitment() == null) {
            throw InvalidInputException.of("forecast", "forecast.adjustment.empty");
        }
        return save(period, input.repId(), input.version(), input.forecast(), input.commitment(), input.note());
    }

    /** Takes a manager's adjustment back: the rep's own figures count again; the history keeps what it was. */
    @Editors
    public RepForecastEntry clearAdjustment(String periodKey, long repId, long version) {
        Period period = period(periodKey);
        requireManaged(repId);
        return save(period, repId, version, null, null, null);
    }

    /** Who changed the rep's call and the adjustments of the period, and when; newest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> history(String periodKey, long repId) {
        Period period = period(periodKey);
        visible(repId);
        Locale locale = LocaleContextHolder.getLocale();
        String key = period.key();
        // Per field, so that the values a call or adjustment was first saved with show too (item history starts
        // with what was added); the rep's other periods leave no entries (empty before and after).
        List<TimelineEntry> entries = new ArrayList<>();
        entries.addAll(history.itemChanges(ForecastCall.class, "userId", repId, "forecast.call",
                c -> key.equals(c.getPeriodKey()) ? money(c.getAmount(), locale) : ""));
        entries.addAll(history.itemChanges(ForecastCall.class, "userId", repId, "forecast.call-note",
                c -> key.equals(c.getPeriodKey()) ? text(c.getNote()) : ""));
        entries.addAll(history.itemChanges(ForecastAdjustment.class, "userId", repId, "forecast.adjusted-forecast",
                a -> key.equals(a.getPeriodKey()) ? money(a.getForecast(), locale) : ""));
        entries.addAll(history.itemChanges(ForecastAdjustment.class, "userId", repId,
                "forecast.adjusted-commitment", a -> key.equals(a.getPeriodKey()) ? money(a.getCommitment(), locale)
                        : ""));
        entries.addAll(history.itemChanges(ForecastAdjustment.class, "userId", repId, "forecast.adjustment-note",
                a -> key.equals(a.getPeriodKey()) ? text(a.getNote()) : ""));
        return entries.stream().sorted(Comparator.comparing(TimelineEntry::at).reversed()).toList();
    }

    private RepForecastEntry save(Period period, long repId, @Nullable Long version, @Nullable BigDecimal forecast,
                                  @Nullable BigDecimal commitment, @Nullable String note) {
        ForecastAdjustment adjustment = adjustments.findByPeriodKeyAndUserId(period.key(), repId).orElse(null);
        checkVersion(adjustment == null ? null : adjustment.getVersion(), version, "ForecastAdjustment");
        if (adjustment == null) {
            adjustment = new ForecastAdjustment(repId, period.key(), clock.instant());
        }
        adjustment.adjust(forecast, commitment, InputRules.trimToNull(note), currentUser.requireId(),
                clock.instant());
        adjustment = adjustments.saveAndFlush(adjustment);
        Set<String> fields = Set.of("forecast", "commitment", "note");
        events.publishEvent(RecordChanged.of(ForecastTopics.ADJUSTMENT, adjustment.requireId(), fields,
                ForecastTopics.NUMBERS));
        events.publishEvent(RecordChanged.of(ForecastTopics.REP_ADJUSTMENT, ForecastTopics.periodKey(repId, period),
                fields));
        return entry(period.key(), repId);
    }

    /** A save from a form that saw no record while one exists now (or the other way round) is stale too. */
    private static void checkVersion(@Nullable Long stored, @Nullable Long loaded, String what) {
        if (stored == null ? loaded != null : !stored.equals(loaded)) {
            throw new StaleDataException(what + " changed since it was loaded (version " + loaded + ", now "
                    + stored + ")");
        }
    }

    private Period period(String key) {
        return periods.parse(key).orElseThrow(() -> InvalidInputException.of("period", "forecast.period.unknown"));
    }

    /** The caller's audience, when the rep is one of its rows; otherwise the rep answers like an unknown one. */
    private ForecastAudience visible(long repId) {
        ForecastAudience audience = ForecastAudience.of(currentUser, organisation.tree());
        if (!audience.rowRepIds().contains(repId)) {
            throw InvalidInputException.of("rep", "forecast.rep.not-found");
        }
        return audience;
    }

    private void requireManaged(long repId) {
        if (!visible(repId).managed().contains(repId)) {
            throw new AccessDeniedException("Only the managers above a rep adjust their numbers");
        }
    }

    private boolean mayCall(ForecastAudience audience, long repId) {
        return repId == currentUser.requireId() && ForecastAudience.carriesQuota(currentUser)
                && audience.rowRepIds().contains(repId);
    }

    private static String text(@Nullable String note) {
        return note == null ? "" : note;
    }

    private static String money(@Nullable Object amount, Locale locale) {
        return amount instanceof BigDecimal value ? Money.format(value, locale) : "";
    }
}
