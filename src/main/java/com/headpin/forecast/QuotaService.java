package com.headpin.forecast;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.headpin.forecast.internal.Quota;
import com.headpin.forecast.internal.QuotaRepository;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitType;
import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import com.headpin.shared.StaleDataException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quotas per fiscal year: a rep's, set by the managers above the rep, and a unit's top-down one, set by a director
 * above the unit and handed down to the units or reps directly below. Every save is checked against the version the
 * caller loaded and announced on the quota and on the four numbers.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class QuotaService {

    private final QuotaRepository quotas;
    private final ForecastService forecasts;
    private final Periods periods;
    private final OrganisationService organisation;
    private final UserAccountService users;
    private final QuotaRights rights;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuotaService(QuotaRepository quotas, ForecastService forecasts, Periods periods, OrganisationService organisation,
                 UserAccountService users, QuotaRights rights, CurrentUser currentUser,
                 ApplicationEventPublisher events, Clock clock) {
        this.quotas = quotas;
        this.forecasts = forecasts;
        this.periods = periods;
        this.organisation = organisation;
        this.users = users;
        this.rights = rights;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The fiscal year today falls in, where the quotas page opens. */
    @Transactional(readOnly = true)
    public int currentFiscalYear() {
        return periods.current(PeriodKind.YEAR).fiscalYear();
    }

    /** The year's quotas of the units and reps the caller sees in the four numbers, with top-down, roll-up and gap. */
    @Transactional(readOnly = true)
    public QuotaBoard board(int fiscalYear) {
        ForecastTable table = forecasts.table(periods.year(checkedYear(fiscalYear)));
        OrgTree tree = organisation.tree();
        ForecastAudience audience = rights.audience(tree);
        Set<Long> repIds = ForecastAudience.quotaCarriers(users.findAll(
                table.reps().stream().map(RepNumbers::repId).collect(Collectors.toSet())));
        Map<Long, Quota> repQuotas = new HashMap<>();
        quotas.findByFiscalYearAndUserIdIn(fiscalYear, repIds).forEach(q -> repQuotas.put(q.getUserId(), q));
        Set<Long> unitIds = table.units().stream().map(UnitNumbers::unitId).collect(Collectors.toSet());
        Map<Long, Quota> unitQuotas = new HashMap<>();
        quotas.findByFiscalYearAndUnitIdIn(fiscalYear, unitIds).forEach(q -> unitQuotas.put(q.getUnitId(), q));
        List<QuotaBoard.Unit> units = table.units().stream().map(unit -> new QuotaBoard.Unit(unit.unitId(),
                unit.name(), unit.type(), unit.parentId(), unit.depth(), figures(unitQuotas.get(unit.unitId())),
                Objects.requireNonNullElse(unit.numbers().quota(), BigDecimal.ZERO), unit.quotaGap(),
                rights.maySetUnit(tree, unit.unitId()))).toList();
        List<QuotaBoard.Rep> reps = table.reps().stream().filter(rep -> repIds.contains(rep.repId()))
                .map(rep -> new QuotaBoard.Rep(rep.repId(), rep.name(),
                tree.teamsOf(rep.repId()).stream().map(OrgUnitSummary::id).filter(unitIds::contains)
                        .collect(Collectors.toSet()),
                figures(repQuotas.get(rep.repId())), rights.mayEditRep(audience, rep.repId()))).toList();
        return new QuotaBoard(fiscalYear, units, reps);
    }

    /** Sets a rep's quota for the input's fiscal year: only the managers above the rep (and administrators). */
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public QuotaFigures setRepQuota(long repId, QuotaInput input) {
        if (!rights.mayEditRep(rights.audience(organisation.tree()), repId)) {
            throw new AccessDeniedException("Only the managers above a rep set the rep's quota");
        }
        if (ForecastAudience.quotaCarriers(users.findAll(Set.of(repId))).isEmpty()) {
            throw InvalidInputException.of("rep", "forecast.quota.no-seller");
        }
        int year = checkedYear(input.fiscalYear());
        return save(quotas.findByFiscalYearAndUserId(year, repId).orElse(null),
                () -> Quota.ofRep(year, repId, clock.instant()), input);
    }

    /** Sets a unit's top-down quota: a director who manages the unit or one above it, or an administrator. */
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public QuotaFigures setUnitQuota(long unitId, QuotaInput input) {
        if (!rights.maySetUnit(organisation.tree(), unitId)) {
            throw new AccessDeniedException("Only the directors above a unit set its quota");
        }
        int year = checkedYear(input.fiscalYear());
        return save(quotas.findByFiscalYearAndUnitId(year, unitId).orElse(null),
                () -> Quota.ofUnit(year, unitId, clock.instant()), input);
    }

    /** A rep's quota for the year as stored now (empty while none was set), for whoever may read it. */
    @Transactional(readOnly = true)
    public Optional<QuotaFigures> repQuota(long repId, int fiscalYear) {
        ForecastAudience audience = rights.audience(organisation.tree());
        if (!audience.rowRepIds().contains(repId) && !rights.mayEditRep(audience, repId)) {
            throw new AccessDeniedException("Not a quota the caller may read");
        }
        return quotas.findByFiscalYearAndUserId(checkedYear(fiscalYear), repId).map(QuotaService::figures);
    }

    /** A unit's top-down quota for the year as stored now (empty while none was set), for whoever sees the unit. */
    @Transactional(readOnly = true)
    public Optional<QuotaFigures> unitQuota(long unitId, int fiscalYear) {
        OrgTree tree = organisation.tree();
        if (rights.audience(tree).units().keySet().stream().noneMatch(unit -> unit.id() == unitId)
                && !rights.maySetUnit(tree, unitId)) {
            throw new AccessDeniedException("Not a quota the caller may read");
        }
        return quotas.findByFiscalYearAndUnitId(checkedYear(fiscalYear), unitId).map(QuotaService::figures);
    }

    /**
     * What handing the unit's top-down quota down would give each unit below (a team: each member), without saving.
     * Empty when the unit has no top-down quota for the year.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public List<DistributionShare> preview(long unitId, int fiscalYear, Distribution how) {
        OrgTree tree = organisation.tree();
        if (!rights.maySetUnit(tree, unitId)) {
            throw new AccessDeniedException("Only the directors above a unit distribute its quota");
        }
        return quotas.findByFiscalYearAndUnitId(checkedYear(fiscalYear), unitId)
                .map(top -> shares(tree, unitId, fiscalYear, top.getAmount(), how)).orElse(List.of());
    }

    /**
     * Hands the unit's top-down quota (as loaded: {@code version}) down to the units or reps directly below, each
     * share spread evenly over the months; the shares add up exactly to the quota. Refused when the caller may not set
     * one of the reps' quotas (their own, as a team's manager who is also on it).
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'DIRECTOR')")
    public List<DistributionShare> distribute(long unitId, int fiscalYear, long version, Distribution how) {
        OrgTree tree = organisation.tree();
        if (!rights.maySetUnit(tree, unitId)) {
            throw new AccessDeniedException("Only the directors above a unit distribute its quota");
        }
        Quota top = quotas.findByFiscalYearAndUnitId(checkedYear(fiscalYear), unitId).orElseThrow(() ->
                InvalidInputException.of("distribution", "forecast.quota.distribute.no-top-down"));
        top.checkVersion(version);
        List<DistributionShare> shares = shares(tree, unitId, fiscalYear, top.getAmount(), how);
        if (shares.isEmpty()) {
            throw InvalidInputException.of("distribution", "forecast.quota.distribute.nobody");
        }
        ForecastAudience audience = rights.audience(tree);
        if (shares.stream().anyMatch(s -> s.repId() != null && !rights.mayEditRep(audience, s.repId()))) {
            throw InvalidInputException.of("distribution", "forecast.quota.distribute.own");
        }
        long me = currentUser.requireId();
        // The shares' quotas in one statement, whatever their number: a team's go to its reps, else to the units.
        boolean toReps = shares.getFirst().repId() != null;
        List<Long> owners = shares.stream().map(s -> toReps ? s.repId() : s.unitId()).filter(Objects::nonNull).toList();
        Map<Long, Quota> existing = new HashMap<>();
        (toReps ? quotas.findByFiscalYearAndUserIdIn(fiscalYear, owners)
                : quotas.findByFiscalYearAndUnitIdIn(fiscalYear, owners))
                .forEach(q -> existing.put(toReps ? q.getUserId() : q.getUnitId(), q));
        for (DistributionShare share : shares) {
            Long repId = share.repId();
            Quota quota = repId != null
                    ? existing.computeIfAbsent(repId, id -> Quota.ofRep(fiscalYear, id, clock.instant()))
                    : existing.computeIfAbsent(Objects.requireNonNull(share.unitId()),
                    id -> Quota.ofUnit(fiscalYear, id, clock.instant()));
            quota.splitEvenly(share.share(), me, clock.instant());
            announce(store(quota));
        }
        return shares;
    }

    private List<DistributionShare> shares(OrgTree tree, long unitId, int fiscalYear, BigDecimal amount,
                                           Distribution how) {
        OrgUnitSummary unit = tree.unit(unitId).orElseThrow();
        List<DistributionShare> before = new ArrayList<>();
        if (unit.type() == UnitType.TEAM) {
            Map<Long, BigDecimal> current = new HashMap<>();
            quotas.findByFiscalYearAndUserIdIn(fiscalYear, unit.memberIds())
                    .forEach(q -> current.put(q.getUserId(), q.getAmount()));
            users.findAll(unit.memberIds()).stream().filter(ForecastAudience::carriesQuota)
                    .sorted(Comparator.comparing(UserSummary::fullName))
                    .forEach(rep -> before.add(new DistributionShare(null, rep.id(), rep.fullName(),
                            current.getOrDefault(rep.id(), BigDecimal.ZERO), BigDecimal.ZERO)));
        } else {
            for (OrgUnitSummary child : tree.children(unitId).stream()
                    .sorted(Comparator.comparing(OrgUnitSummary::name)).toList()) {
                before.add(new DistributionShare(child.id(), null, child.name(), currentOf(tree, child, fiscalYear),
                        BigDecimal.ZERO));
            }
        }
        List<BigDecimal> weights = before.stream()
                .map(s -> how == Distribution.EVEN ? BigDecimal.ONE : s.before()).toList();
        List<BigDecimal> split = QuotaDistribution.shares(amount, weights);
        List<DistributionShare> shares = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            DistributionShare s = before.get(i);
            shares.add(new DistributionShare(s.unitId(), s.repId(), s.name(), s.before(), split.get(i)));
        }
        return shares;
    }

    /** A unit's quota now: its top-down one if set, else the sum of its reps' quotas. */
    private BigDecimal currentOf(OrgTree tree, OrgUnitSummary unit, int fiscalYear) {
        return quotas.findByFiscalYearAndUnitId(fiscalYear, unit.id()).map(Quota::getAmount)
                .orElseGet(() -> quotas.findByFiscalYearAndUserIdIn(fiscalYear, RollUp.repsUnder(tree, unit.id()))
                        .stream().map(Quota::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private QuotaFigures save(@Nullable Quota existing, Supplier<Quota> create, QuotaInput input) {
        if (existing == null && input.version() != null) {
            throw new StaleDataException("The quota is gone");
        }
        if (existing != null) {
            if (input.version() == null) {
                throw new StaleDataException("Someone set this quota meanwhile");
            }
            existing.checkVersion(input.version());
        }
        List<BigDecimal> months = QuotaInputRules.check(input);
        Quota quota = existing != null ? existing : create.get();
        if (input.split() == QuotaSplit.EVEN) {
            quota.splitEvenly(Objects.requireNonNull(input.yearly()).setScale(2), currentUser.requireId(),
                    clock.instant());
        } else {
            quota.splitByMonth(months, currentUser.requireId(), clock.instant());
        }
        Quota saved = store(quota);
        announce(saved);
        return Objects.requireNonNull(figures(saved));
    }

    private Quota store(Quota quota) {
        try {
            return quotas.saveAndFlush(quota);
        } catch (DataIntegrityViolationException twice) {
            // Two managers created the same year's quota at once: the second one saves over nothing it has seen.
            throw new StaleDataException("Someone set this quota meanwhile", twice);
        }
    }

    private void announce(Quota quota) {
        Set<String> fields = Set.of("amount", "months");
        events.publishEvent(RecordChanged.of(ForecastTopics.QUOTA, quota.requireId(), fields,
                ForecastTopics.NUMBERS));
        // The form's own topic (rep or unit and year), where the people editing it meet.
        Long repId = quota.getUserId();
        events.publishEvent(repId != null
                ? RecordChanged.of(ForecastTopics.REP_QUOTA, ForecastTopics.quotaKey(repId, quota.getFiscalYear()),
                fields)
                : RecordChanged.of(ForecastTopics.UNIT_QUOTA, ForecastTopics.quotaKey(
                Objects.requireNonNull(quota.getUnitId()), quota.getFiscalYear()), fields));
    }

    private static int checkedYear(int fiscalYear) {
        if (fiscalYear < InputRules.EARLIEST_DATE.getYear() || fiscalYear > InputRules.LATEST_DATE.getYear()) {
            throw InvalidInputException.of("fiscalYear", "forecast.quota.year-invalid");
        }
        return fiscalYear;
    }

    static @Nullable QuotaFigures figures(@Nullable Quota quota) {
        return quota == null ? null : new QuotaFigures(quota.requireId(), quota.getVersion(), quota.getAmount(),
                quota.months(), quota.getSplit(), quota.getUpdatedBy());
    }
}
