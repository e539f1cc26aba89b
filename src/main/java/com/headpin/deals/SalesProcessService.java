package com.headpin.deals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import com.headpin.accounts.AccountDealsChanged;
import com.headpin.deals.internal.DealHistoryRepository;
import com.headpin.deals.internal.DeliverableRepository;
import com.headpin.deals.internal.DeliverableRow;
import com.headpin.deals.internal.TextLines;
import com.headpin.deals.internal.EffortRow;
import com.headpin.deals.internal.ExitCriterionRepository;
import com.headpin.deals.internal.ExitCriterionRow;
import com.headpin.deals.internal.SalesProcessRepository;
import com.headpin.deals.internal.SalesProcessRow;
import com.headpin.deals.internal.SalesProcessRules;
import com.headpin.deals.internal.StageRow;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitType;
import com.headpin.security.CurrentUser;
import com.headpin.security.Role;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.RecordChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The company's sales process: anyone logged in reads it (and other modules take effort and ratios from here, the
 * one copy); administrators and the company's top director (the manager of the company unit) change it. A changed
 * probability re-weights the open deals from then on, and each of them gets a dated history row with the new value;
 * the older rows keep the old one.
 */
@Service
@Transactional
public class SalesProcessService {

    /** The sales process is one record: its id, whose topic is {@code DealTopics.SALES_PROCESS.topic(ID)}. */
    public static final long ID = SalesProcessRow.ID;

    private final SalesProcessRepository processes;
    private final ExitCriterionRepository criteria;
    private final DeliverableRepository deliverables;
    private final DealHistoryRepository history;
    private final OrganisationService organisation;
    private final CurrentUser currentUser;
    private final BusinessCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final AtomicReference<@Nullable SalesProcess> copy = new AtomicReference<>();

    SalesProcessService(SalesProcessRepository processes, ExitCriterionRepository criteria,
                        DeliverableRepository deliverables, DealHistoryRepository history, OrganisationService organisation,
                        CurrentUser currentUser, BusinessCalendar calendar, Clock clock,
                        ApplicationEventPublisher events) {
        this.processes = processes;
        this.criteria = criteria;
        this.deliverables = deliverables;
        this.history = history;
        this.organisation = organisation;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    /**
     * The process as saved now. Every deal read needs it: a copy is kept and read again only when the saved version
     * moved (one small query), so saves on any node show at once.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SalesProcess current() {
        SalesProcess held = copy.get();
        long version = processes.versionOf(ID)
                .orElseThrow(() -> new IllegalStateException("The sales_process row is missing (migration V17)"));
        if (held != null && held.version() == version) {
            return held;
        }
        SalesProcess fresh = read();
        copy.set(fresh);
        return fresh;
    }

    private SalesProcess read() {
        SalesProcessRow row = load();
        Map<Integer, List<ExitCriterion>> byStage = new java.util.HashMap<>();
        criteria.findByActiveTrueOrderByStageNoAscSortOrderAsc().forEach(c -> byStage
                .computeIfAbsent(c.getStageNo(), n -> new ArrayList<>()).add(c.toCriterion()));
        Map<Integer, Map<DealRole, java.math.BigDecimal>> effort = new java.util.HashMap<>();
        row.getEffort().forEach(e -> effort.computeIfAbsent(e.stageNo(), n -> new EnumMap<>(DealRole.class))
                .put(e.role(), e.days()));
        List<StageSettings> stages = row.getStages().stream().map(s -> new StageSettings(DealStage.of(s.stageNo()),
                s.nameEn(), s.nameZh(), s.probability(), s.typicalWeeks(), s.conversion(),
                byStage.getOrDefault(s.stageNo(), List.of()), effort.getOrDefault(s.stageNo(), Map.of()))).toList();
        return new SalesProcess(row.getVersion(), row.getProspectingWeeks(), stages,
                deliverables.findByActiveTrueOrderBySortOrderAsc().stream().map(DeliverableRow::toDeliverable).toList(),
                row.getUpdatedAt(), row.getUpdatedBy(), row.getNoContactFlagDays());
    }

    /** Whether the caller may change the sales process: an administrator, or the company's top director. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mayEdit() {
        if (currentUser.has(Role.ADMIN)) {
            return true;
        }
        if (!currentUser.has(Role.DIRECTOR)) {
            return false;
        }
        long me = currentUser.requireId();
        return organisation.tree().all().stream()
                .anyMatch(unit -> unit.type() == UnitType.COMPANY && Objects.equals(unit.managerId(), me));
    }

    /** Checks every field, refuses a stale version, saves and announces the change. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public SalesProcess update(SalesProcessInput input) {
        if (!mayEdit()) {
            throw new AccessDeniedException("Only administrators and the company's top director edit the process");
        }
        SalesProcessRules.check(input);
        SalesProcessRow row = load();
        row.checkVersion(input.version());
        List<StageRow> before = row.getStages();
        List<StageRow> stages = new ArrayList<>();
        List<EffortRow> effort = new ArrayList<>();
        for (StageInput stage : input.stages()) {
            stages.add(new StageRow(stage.stage().number(), stage.nameEn().strip(), stage.nameZh().strip(),
                    stage.probability(), stage.typicalWeeks(), stage.conversion()));
            stage.effortDays().forEach((role, days) -> effort.add(new EffortRow(stage.stage().number(), role,
                    days)));
            TextLines.sync(stage.exitCriteria(), criteria.findByStageNo(stage.stage().number()),
                    (text, order) -> new ExitCriterionRow(stage.stage(), text, order), criteria::save);
        }
        TextLines.sync(input.deliverables(), deliverables.findAllByOrderBySortOrderAsc(), DeliverableRow::new,
                deliverables::save);
        Instant now = clock.instant();
        long me = currentUser.requireId();
        row.apply(input.prospectingWeeks(), stages, effort, now, me);
        if (input.noContactFlagDays() != null) {
            row.setNoContactFlagDays(input.noContactFlagDays());
        }
        processes.saveAndFlush(row);

        Set<String> changed = new LinkedHashSet<>(Set.of("process"));
        LocalDate today = calendar.today();
        for (StageRow stage : stages) {
            StageRow old = before.get(stage.stageNo() - 1);
            if (old.probability() != stage.probability()) {
                changed.add(StageInput.field(DealStage.of(stage.stageNo()), "probability"));
                history.recordProbability(DealStage.of(stage.stageNo()), stage.probability(), today, now, me);
            }
        }
        if (changed.size() > 1) {
            // Every open deal at those stages weighs differently now: the accounts' tiers follow.
            events.publishEvent(new AccountDealsChanged(Set.of()));
        }
        events.publishEvent(RecordChanged.of(DealTopics.SALES_PROCESS, ID, changed, DealTopics.LIST,
                DealTopics.BOARD));
        // Not kept as the copy: this transaction may still fail to commit.
        return read();
    }

    private SalesProcessRow load() {
        return processes.findById(ID)
                .orElseThrow(() -> new IllegalStateException("The sales_process row is missing (migration V17)"));
    }
}
