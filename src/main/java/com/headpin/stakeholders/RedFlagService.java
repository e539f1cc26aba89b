package com.headpin.stakeholders;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.collaboration.NotificationRequest;
import com.headpin.collaboration.Notifier;
import com.headpin.deals.DealActionService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealService;
import com.headpin.deals.DealTopics;
import com.headpin.security.CurrentUser;
import com.headpin.security.Editors;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import com.headpin.shared.RecordType;
import com.headpin.stakeholders.internal.AutoFlagComputer;
import com.headpin.stakeholders.internal.AutoRedFlag;
import com.headpin.stakeholders.internal.AutoRedFlagRepository;
import com.headpin.stakeholders.internal.MyRedFlags;
import com.headpin.stakeholders.internal.RedFlag;
import com.headpin.stakeholders.internal.RedFlagRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deal's red flags and strengths. Whoever may see the deal reads them; editors of the deal raise, change and
 * delete manual ones (each on the version they loaded), and a flag's owner (the person who must clear it) or an
 * editor clears and reopens it. Automatic flags are computed ({@code internal.AutoFlagComputer}) and only read here.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class RedFlagService {

    /** One manual red flag or strength: its own topic for the form that edits it. */
    public static final RecordType RED_FLAG = RecordType.of("red-flag");

    private final RedFlagRepository flags;
    private final AutoRedFlagRepository autoFlags;
    private final AutoFlagComputer computer;
    private final MyRedFlags myFlags;
    private final DealService deals;
    private final DealActionService dealActions;
    private final BuyingInfluenceService influences;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final Notifier notifier;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    RedFlagService(RedFlagRepository flags, AutoRedFlagRepository autoFlags, AutoFlagComputer computer,
                   MyRedFlags myFlags,
                   DealService deals, DealActionService dealActions, BuyingInfluenceService influences,
                   UserAccountService users, CurrentUser currentUser, Notifier notifier, Clock clock,
                   ApplicationEventPublisher events) {
        this.flags = flags;
        this.autoFlags = autoFlags;
        this.computer = computer;
        this.myFlags = myFlags;
        this.deals = deals;
        this.dealActions = dealActions;
        this.influences = influences;
        this.users = users;
        this.currentUser = currentUser;
        this.notifier = notifier;
        this.clock = clock;
        this.events = events;
    }

    /** The deal's automatic flags (oldest first), manual flags (open first, newest first) and strengths. */
    @Transactional(readOnly = true)
    public DealFlags flags(long dealId) {
        DealDetails deal = load(dealId);
        boolean mayEdit = mayEdit(dealId);
        List<RedFlag> manual = flags.findByDealIdOrderByRaisedAtDescIdDesc(dealId);
        Map<Long, String> names = names(manual);
        Function<RedFlag, RedFlagRow> row = flag -> row(flag, names, mayEdit);
        List<AutoRedFlag> raised = autoFlags.findByDealId(dealId);
        List<AutoFlag> automatic = List.of();
        if (!raised.isEmpty()) {
            Map<Long, InfluenceRow> people = influences.list(deal.id()).stream()
                    .collect(Collectors.toMap(InfluenceRow::contactId, Function.identity(), (a, b) -> a));
            automatic = raised.stream().sorted(Comparator.comparing(AutoRedFlag::getRaisedAt)
                            .thenComparing(f -> f.getRule().ordinal()))
                    .map(flag -> auto(flag, flag.getContactId() == null ? null : people.get(flag.getContactId())))
                    .toList();
        }
        return new DealFlags(dealId, automatic,
                manual.stream().filter(f -> f.getKind() == FlagKind.FLAG)
                        .sorted(Comparator.comparing((RedFlag f) -> !f.isOpen())).map(row).toList(),
                manual.stream().filter(f -> f.getKind() == FlagKind.STRENGTH)
                        .sorted(Comparator.comparing((RedFlag f) -> !f.isOpen())).map(row).toList(),
                mayEdit);
    }

    /** Who may own (and so clear) a manual flag: the people who may see the deal, its owner first. */
    @Transactional(readOnly = true)
    public List<UserSummary> owners(long dealId) {
        return dealActions.owners(dealId);
    }

    /** Raises a manual red flag or strength; a flag raised by someone else is told to the deal's owner. */
    @Editors
    public RedFlagRow raise(long dealId, FlagKind kind, RedFlagInput input) {
        DealDetails deal = requireEditable(dealId);
        RedFlag flag = new RedFlag(dealId, kind, currentUser.requireId(), clock.instant());
        check(dealId, kind, input, null);
        flag.apply(Objects.requireNonNull(input.category()), Objects.requireNonNull(input.text()), input.ownerId());
        flags.saveAndFlush(flag);
        if (kind == FlagKind.FLAG) {
            notifier.notify(new HashSet<>(List.of(deal.ownerId(), flag.getOwnerId())),
                    NotificationRequest.about(DealTopics.DEAL, dealId, "deals/" + dealId,
                            "notifications.red-flag.manual", currentUser.require().fullName(), deal.name(),
                            flag.getText()));
        }
        announce(dealId, flag);
        return row(flag, true);
    }

    /** Changes a manual flag's category, text or owner, on the version the caller loaded. */
    @Editors
    public RedFlagRow edit(long dealId, long flagId, RedFlagInput input) {
        requireEditable(dealId);
        RedFlag flag = loadFlag(dealId, flagId);
        flag.checkVersion(input.version());
        check(dealId, flag.getKind(), input, flag);
        flag.apply(Objects.requireNonNull(input.category()), Objects.requireNonNull(input.text()), input.ownerId());
        flags.saveAndFlush(flag);
        announce(dealId, flag);
        return row(flag, true);
    }

    /** Clears a flag (its owner, or an editor of the deal), with an optional note on how. */
    public RedFlagRow clear(long dealId, long flagId, long version, @Nullable String note) {
        RedFlag flag = requireClearable(dealId, flagId, version);
        new InputRules().maxLength("note", note, RedFlag.TEXT_MAX_LENGTH).check();
        if (flag.isOpen()) {
            flag.clear(currentUser.requireId(), clock.instant(), note);
            flags.saveAndFlush(flag);
            announce(dealId, flag);
        }
        return row(flag, true);
    }

    /** Opens a cleared flag again (its owner, or an editor of the deal). */
    public RedFlagRow reopen(long dealId, long flagId, long version) {
        RedFlag flag = requireClearable(dealId, flagId, version);
        if (!flag.isOpen()) {
            flag.reopen();
            flags.saveAndFlush(flag);
            announce(dealId, flag);
        }
        return row(flag, true);
    }

    /** Deletes a manual flag as loaded: a changed one is refused, a gone one ignored. */
    @Editors
    public void delete(long dealId, long flagId, long version) {
        requireEditable(dealId);
        flags.findById(flagId).filter(f -> f.getDealId() == dealId).ifPresent(flag -> {
            flag.checkVersion(version);
            flags.delete(flag);
            flags.flush();
            announce(dealId, flag);
        });
    }

    /**
     * Open red flags (automatic and manual) on my deals, newest first: for a rep the deals they own or are on (and
     * flags they must clear); for directors and administrators every deal in their part of the company.
     */
    @Transactional(readOnly = true)
    public List<FlaggedDeal> forMe() {
        return myFlags.list();
    }

    /** Whether any manual flag or strength exists (the demo data seeds them once). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean anyManual() {
        return flags.count() > 0;
    }

    /**
     * The daily check of the time-based rules: every open deal's automatic flags recomputed, newly raised ones told
     * to the owners when {@code tellOwners} (not by the demo data). Returns how many deals were checked.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int recheckOpenDeals(boolean tellOwners) {
        return computer.recheckOpenDeals(tellOwners);
    }

    private void check(long dealId, FlagKind kind, RedFlagInput input, @Nullable RedFlag existing) {
        InputRules rules = new InputRules().required("text", input.text())
                .maxLength("text", input.text(), RedFlag.TEXT_MAX_LENGTH);
        if (input.category() == null) {
            rules.reject("category", "validation.required");
        } else if (input.category().kind() != kind) {
            rules.reject("category", "validation.invalid-choice");
        }
        // The owner must be able to open the deal; an owner kept unchanged stays even if they no longer could.
        boolean kept = existing != null && existing.getOwnerId() == input.ownerId();
        if (!kept && dealActions.owners(dealId).stream().noneMatch(u -> u.id() == input.ownerId())) {
            rules.reject("owner", input.ownerId() <= 0 ? "validation.required" : "validation.invalid-choice");
        }
        rules.check();
    }

    private DealDetails load(long dealId) {
        return deals.find(dealId).orElseThrow(() -> InvalidInputException.of("deal", "deal.not-found"));
    }

    private boolean mayEdit(long dealId) {
        return currentUser.hasAny(Role.REP, Role.DIRECTOR, Role.ADMIN) && deals.choices(dealId).mayEdit();
    }

    private DealDetails requireEditable(long dealId) {
        DealDetails deal = load(dealId);
        if (!deals.choices(dealId).mayEdit()) {
            throw new AccessDeniedException("Only editors of deal " + dealId + " change its red flags");
        }
        return deal;
    }

    private RedFlag requireClearable(long dealId, long flagId, long version) {
        load(dealId);
        RedFlag flag = loadFlag(dealId, flagId);
        if (flag.getOwnerId() != currentUser.requireId() && !mayEdit(dealId)) {
            throw new AccessDeniedException("Only the flag's owner or an editor of the deal clears it");
        }
        flag.checkVersion(version);
        return flag;
    }

    private RedFlag loadFlag(long dealId, long flagId) {
        return flags.findById(flagId).filter(f -> f.getDealId() == dealId)
                .orElseThrow(() -> InvalidInputException.of("flag", "redflag.not-found"));
    }

    private void announce(long dealId, RedFlag flag) {
        events.publishEvent(RecordChanged.of(RED_FLAG, flag.requireId(), Set.of()));
        announce(dealId);
    }

    private void announce(long dealId) {
        events.publishEvent(RecordChanged.of(DealTopics.DEAL, dealId, Set.of(AutoFlagComputer.FLAGS_FIELD),
                DealTopics.BOARD, StakeholderTopics.ofDeal(dealId)));
    }

    private AutoFlag auto(AutoRedFlag flag, @Nullable InfluenceRow person) {
        return new AutoFlag(flag.getRule(), flag.getContactId(), person == null ? null : person.contactName(),
                flag.getRule() == AutoFlagRule.DECISION_MAKER_NOT_CONTACTED ? computer.daysWithoutContact(person)
                        : null, flag.getRaisedAt());
    }

    private RedFlagRow row(RedFlag flag, boolean mayEdit) {
        return row(flag, names(List.of(flag)), mayEdit);
    }

    private RedFlagRow row(RedFlag flag, Map<Long, String> names, boolean mayEdit) {
        long me = currentUser.requireId();
        return new RedFlagRow(flag.requireId(), flag.getVersion(), flag.getDealId(), flag.getKind(),
                flag.getCategory(), flag.getText(), flag.getOwnerId(), names.getOrDefault(flag.getOwnerId(), "?"),
                flag.getRaisedBy(), names.getOrDefault(flag.getRaisedBy(), ""), flag.getRaisedAt(),
                flag.getClearedBy(), flag.getClearedBy() == null ? null : names.getOrDefault(flag.getClearedBy(), "?"),
                flag.getClearedAt(), flag.getClearingNote(), mayEdit || flag.getOwnerId() == me);
    }

    private Map<Long, String> names(List<RedFlag> found) {
        Set<Long> ids = new HashSet<>();
        found.forEach(f -> {
            ids.add(f.getOwnerId());
            ids.add(f.getRaisedBy());
            if (f.getClearedBy() != null) {
                ids.add(f.getClearedBy());
            }
        });
        return users.findAll(ids).stream().collect(Collectors.toMap(UserSummary::id, UserSummary::fullName,
                (a, b) -> a, HashMap::new));
    }
}
