package com.headpin.deals;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.deals.internal.Deal;
import com.headpin.deals.internal.DealActionRepository;
import com.headpin.deals.internal.DealActionRow;
import com.headpin.deals.internal.DealFinder;
import com.headpin.organisation.Visibility;
import com.headpin.security.CurrentUser;
import com.headpin.security.Editors;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.ActionItemEntity;
import com.headpin.shared.ActionStatus;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deal's action items: who does what by when, open, in progress or done, overdue once past due and not done.
 * Whoever may see the deal reads them; editors (REP, DIRECTOR, ADMIN) who may see it add, change and delete them,
 * each item on the version they loaded. An item's owner is someone who may see the deal. Every change is announced
 * on the item's topic and the deal's, so pages with the deal open show it at once.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class DealActionService {

    private final DealActionRepository actions;
    private final DealFinder finder;
    private final Visibility visibility;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final BusinessCalendar calendar;
    private final ApplicationEventPublisher events;

    DealActionService(DealActionRepository actions, DealFinder finder, Visibility visibility,
                      UserAccountService users, CurrentUser currentUser, BusinessCalendar calendar,
                      ApplicationEventPublisher events) {
        this.actions = actions;
        this.finder = finder;
        this.visibility = visibility;
        this.users = users;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.events = events;
    }

    /** The deal's action items: open ones first, soonest due first (undated last), done ones at the end. */
    @Transactional(readOnly = true)
    public List<DealAction> actions(long dealId) {
        finder.load(dealId);
        List<DealActionRow> rows = actions.findByDealId(dealId);
        Map<Long, String> names = names(rows.stream().map(DealActionRow::getOwnerId).collect(Collectors.toSet()));
        return rows.stream().map(row -> row.toAction(names.getOrDefault(row.getOwnerId(), "?"), calendar.today()))
                .sorted(Comparator.comparing((DealAction a) -> a.status() == ActionStatus.DONE)
                        .thenComparing(DealAction::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(DealAction::id))
                .toList();
    }

    /**
     * Whom an action item may be given to: the people who may see the deal, its owner first, then its deal team,
     * then the others by name.
     */
    @Transactional(readOnly = true)
    public List<UserSummary> owners(long dealId) {
        Deal deal = finder.load(dealId);
        Set<Long> team = deal.participantIds();
        return visibility.whoCanSee(users.activeUsers(), deal.getOwnerId(), deal.getTeamId(), deal.getRegionId(),
                        team).stream()
                .sorted(Comparator.comparing((UserSummary u) -> u.id() != deal.getOwnerId())
                        .thenComparing(u -> !team.contains(u.id())).thenComparing(UserSummary::fullName))
                .toList();
    }

    /** Adds ({@code actionId} null) or changes an action item, the latter on the version the caller loaded. */
    @Editors
    public DealAction save(long dealId, @Nullable Long actionId, DealActionInput input) {
        Deal deal = finder.load(dealId);
        DealActionRow row = actionId == null ? new DealActionRow(dealId) : loadAction(dealId, actionId);
        if (actionId != null) {
            row.checkVersion(input.version());
        }
        InputRules rules = new InputRules().required("text", input.text())
                .maxLength("text", input.text(), ActionItemEntity.TITLE_MAX_LENGTH).date("dueDate", input.dueDate());
        // The owner must be able to open the deal; an owner kept unchanged stays even if they no longer could.
        boolean keptOwner = actionId != null && row.getOwnerId() == input.ownerId();
        if (!keptOwner && visibility.whoCanSee(users.activeUsers(), deal.getOwnerId(), deal.getTeamId(),
                deal.getRegionId(), deal.participantIds()).stream().noneMatch(u -> u.id() == input.ownerId())) {
            rules.reject("owner", input.ownerId() <= 0 ? "validation.required" : "validation.invalid-choice");
        }
        if (input.status() == null) {
            rules.reject("status", "validation.required");
        }
        rules.check();
        row.apply(input);
        actions.saveAndFlush(row);
        announce(row, actionId == null ? Set.of() : Set.of("fields"));
        return row.toAction(names(Set.of(row.getOwnerId())).getOrDefault(row.getOwnerId(), "?"), calendar.today());
    }

    /** Deletes an action item as loaded ({@code version}): a changed one is refused, a gone one ignored. */
    @Editors
    public void delete(long dealId, long actionId, long version) {
        finder.load(dealId);
        actions.findById(actionId).filter(row -> row.getDealId() == dealId).ifPresent(row -> {
            row.checkVersion(version);
            actions.delete(row);
            actions.flush();
            announce(row, Set.of());
        });
    }

    /** The caller's own action items that are past due and not done, on deals they may still see, oldest first. */
    @Transactional(readOnly = true)
    public List<OverdueDealAction> overdueForMe() {
        List<DealActionRow> rows = actions.findByOwnerIdAndStatusNotAndDueDateBeforeOrderByDueDateAsc(
                currentUser.requireId(), ActionStatus.DONE, calendar.today());
        return rows.stream().flatMap(row -> finder.find(row.getDealId()).stream()
                        .map(deal -> new OverdueDealAction(deal.requireId(), deal.getName(), row.requireId(),
                                row.getTitle(), Objects.requireNonNull(row.getDueDate()))))
                .toList();
    }

    private DealActionRow loadAction(long dealId, long actionId) {
        return actions.findById(actionId).filter(row -> row.getDealId() == dealId)
                .orElseThrow(() -> InvalidInputException.of("action", "deal.action.not-found"));
    }

    private void announce(DealActionRow row, Set<String> fields) {
        events.publishEvent(RecordChanged.of(DealTopics.DEAL_ACTION, row.requireId(), fields,
                DealTopics.DEAL.topic(row.getDealId()), DealTopics.ACTIONS));
    }

    private Map<Long, String> names(Set<Long> ids) {
        return users.findAll(ids).stream().collect(Collectors.toMap(UserSummary::id, UserSummary::fullName,
                (a, b) -> a, HashMap::new));
    }
}
