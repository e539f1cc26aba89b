package com.headpin.targeting;

import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.accounts.AccountTopics;
import com.headpin.accounts.Industry;
import com.headpin.targeting.internal.Beachhead;
import com.headpin.targeting.internal.BeachheadRepository;
import com.headpin.targeting.internal.ShowcaseItem;
import com.headpin.targeting.internal.ShowcaseItemRepository;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.security.CurrentUser;
import com.headpin.security.Editors;
import com.headpin.security.Role;
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
 * The bowling-pin principle per target industry. Directors choose the head pin (not the regulator, not the giant
 * with the longest decision cycle) and the look-alikes it should knock down; the account team records how the head
 * pin becomes a showcase.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class BeachheadService {


    private final BeachheadRepository beachheads;
    private final ShowcaseItemRepository showcase;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final BusinessCalendar calendar;
    private final CurrentUser currentUser;

    BeachheadService(BeachheadRepository beachheads, ShowcaseItemRepository showcase, AccountService accounts,
                     ApplicationEventPublisher events, BusinessCalendar calendar, CurrentUser currentUser) {
        this.beachheads = beachheads;
        this.showcase = showcase;
        this.accounts = accounts;
        this.events = events;
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    /** What the caller may do here: the roles {@link #update} and {@link #addShowcase} require. */
    @Transactional(readOnly = true)
    public BowlingPinPermissions permissions() {
        return new BowlingPinPermissions(currentUser.hasAny(Role.DIRECTOR, Role.ADMIN),
                currentUser.hasAny(Role.REP, Role.DIRECTOR, Role.ADMIN));
    }

    @Transactional(readOnly = true)
    public BeachheadRow view(Industry industry) {
        Beachhead beachhead = beachheads.findByIndustry(industry).orElseGet(() -> new Beachhead(industry));
        List<AccountSummary> pins = accounts.summaries(beachhead.getHeadPinIds());
        Map<Long, List<Showcase>> evidence = showcase.findByAccountIdInOrderByAchievedOnDesc(
                        pins.stream().map(AccountSummary::id).toList()).stream()
                .map(ShowcaseItem::toShowcase).collect(Collectors.groupingBy(Showcase::accountId));
        return new BeachheadRow(industry, beachhead.getVersion(), beachhead.getStrategy(),
                pins.stream().map(pin -> new BeachheadRow.HeadPin(pin, evidence.getOrDefault(pin.id(), List.of())))
                        .toList(),
                accounts.summaries(beachhead.getTargetIds()));
    }

    @PreAuthorize("hasAnyRole('DIRECTOR', 'ADMIN')")
    public BeachheadRow update(Industry industry, long version, @Nullable String strategy, Set<Long> headPins,
                                Set<Long> lookAlikes) {
        Beachhead beachhead = beachheads.findByIndustry(industry).orElseGet(() -> new Beachhead(industry));
        beachhead.checkVersion(version);
        InputRules check = new InputRules().maxLength("strategy", strategy, 2000);
        Set<Long> both = new HashSet<>(headPins);
        both.retainAll(lookAlikes);
        if (!both.isEmpty()) {
            check.reject("lookAlikes", "bowling.head-pin-is-target");
        }
        Set<Long> chosen = new HashSet<>(headPins);
        chosen.addAll(lookAlikes);
        if (accounts.summaries(chosen).stream().anyMatch(a -> a.industry() != industry)
                || accounts.summaries(chosen).size() != chosen.size()) {
            check.reject("headPins", "bowling.wrong-industry");
        }
        check.check();
        // The caller chose among the accounts they see; pins on accounts they cannot see are not theirs to drop.
        beachhead.change(InputRules.trimToNull(strategy), withHidden(beachhead.getHeadPinIds(), headPins),
                withHidden(beachhead.getTargetIds(), lookAlikes));
        Beachhead saved = beachheads.saveAndFlush(beachhead);
        events.publishEvent(RecordChanged.of(TargetingTopics.BEACHHEAD, saved.requireId(), Set.of(),
                TargetingTopics.BOWLING_PIN));
        return view(industry);
    }

    /** The caller's choice plus those of {@code stored} the caller cannot see. */
    private Set<Long> withHidden(Set<Long> stored, Set<Long> chosen) {
        Set<Long> result = new HashSet<>(stored);
        accounts.summaries(stored).forEach(visible -> result.remove(visible.id()));
        result.addAll(chosen);
        return result;
    }

    /** Records showcase evidence for a head pin the caller may see (not RESOURCE: it changes the account's record). */
    @Editors
    public void addShowcase(long accountId, ShowcaseKind kind, @Nullable LocalDate achievedOn,
                            @Nullable String evidenceUrl, @Nullable String note) {
        accounts.requireVisible(accountId);
        InputRules check = new InputRules().maxLength("note", note, 500);
        String url = InputRules.trimToNull(evidenceUrl);
        if (url != null && !InputRules.isWebAddress(url, ShowcaseItem.EVIDENCE_URL_MAX_LENGTH)) {
            check.reject("evidenceUrl", "account.website.invalid");
        }
        check.date("achievedOn", achievedOn);
        if (achievedOn != null && achievedOn.isAfter(calendar.today())) {
            check.reject("achievedOn", "bowling.date.future");
        }
        if (beachheads.findAll().stream().noneMatch(b -> b.getHeadPinIds().contains(accountId))) {
            check.reject("account", "bowling.not-a-head-pin");
        }
        check.check();
        showcase.saveAndFlush(new ShowcaseItem(accountId, kind, achievedOn,
                url == null ? null : (url.contains("://") ? url : "https://" + url), InputRules.trimToNull(note)));
        events.publishEvent(RecordChanged.of(AccountTopics.ACCOUNT, accountId, Set.of("showcase"),
                TargetingTopics.BOWLING_PIN));
    }

    /**
     * Removes the evidence as the caller loaded it ({@code version}); a changed one is refused, and one of an account
     * the caller cannot see is not found, like a missing one.
     */
    @Editors
    public void removeShowcase(long showcaseId, long version) {
        ShowcaseItem item = showcase.findById(showcaseId)
                .filter(found -> accounts.ref(found.getAccountId()).isPresent())
                .orElseThrow(() -> InvalidInputException.of("showcase", "bowling.not-found"));
        item.checkVersion(version);
        showcase.delete(item);
        events.publishEvent(RecordChanged.of(AccountTopics.ACCOUNT, item.getAccountId(), Set.of("showcase"),
                TargetingTopics.BOWLING_PIN));
    }
}
