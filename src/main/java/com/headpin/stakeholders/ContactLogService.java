package com.headpin.stakeholders;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountService;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealService;
import com.headpin.security.CurrentUser;
import com.headpin.security.Editors;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.stakeholders.internal.ContactLogEntry;
import com.headpin.stakeholders.internal.ContactLogRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact log: visits, calls and meetings with an account's contacts, on one of its deals or on the account.
 * A deal's log is read by whoever sees the deal (its team too), an account's by whoever sees the account; editors
 * who may change the deal ({@code DealService.choices(dealId).mayEdit()}) or, for an entry on the account alone,
 * who see the account ({@code AccountService.choices}) log, change and delete entries. Logging moves the contacts'
 * last contact forward ({@link ContactService#recordContact}); changing or deleting an entry never moves it back:
 * the last contact is also typed by hand on the contact (meetings before the log, or never logged) and moved by other
 * entries, so the log alone cannot say what it was before; and a meeting that took place still did when its entry
 * is tidied away.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ContactLogService {

    private final ContactLogRepository entries;
    private final ContactLogRows rows;
    private final DealService deals;
    private final AccountService accounts;
    private final ContactService contacts;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final BusinessCalendar calendar;
    private final java.time.Clock clock;
    private final ContactLogNews news;

    ContactLogService(ContactLogRepository entries, ContactLogRows rows, DealService deals, AccountService accounts,
                      ContactService contacts, UserAccountService users, CurrentUser currentUser,
                      BusinessCalendar calendar, java.time.Clock clock, ContactLogNews news) {
        this.entries = entries;
        this.rows = rows;
        this.deals = deals;
        this.accounts = accounts;
        this.contacts = contacts;
        this.users = users;
        this.currentUser = currentUser;
        this.calendar = calendar;
        this.clock = clock;
        this.news = news;
    }

    /** The deal's entries, newest first (by the day met, then the one logged last). */
    @Transactional(readOnly = true)
    public List<ContactLogRow> forDeal(long dealId) {
        DealDetails deal = loadDeal(dealId);
        boolean mayChange = deals.choices(dealId).mayEdit();
        return rows.of(deal.accountId(), entries.findByDealIdOrderByDateDescIdDesc(dealId),
                Map.of(dealId, deal.name()), id -> mayChange);
    }

    /** A page of all the account's entries (on it and on its deals), newest first; deals the caller sees named. */
    @Transactional(readOnly = true)
    public Page<ContactLogRow> forAccount(long accountId, Pageable pageable) {
        boolean mayEditAccount = accounts.choices(accountId).mayEdit();
        Page<ContactLogEntry> page = entries.findByAccountIdOrderByDateDescIdDesc(accountId, pageable);
        Set<Long> dealIds = page.stream().map(ContactLogEntry::getDealId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> dealNames = deals.summaries(dealIds).stream()
                .collect(Collectors.toMap(d -> d.id(), d -> d.name()));
        Map<Long, Boolean> mayEditDeal = dealNames.keySet().stream()
                .collect(Collectors.toMap(id -> id, id -> deals.choices(id).mayEdit()));
        List<ContactLogRow> found = rows.of(accountId, page.getContent(), dealNames,
                dealId -> dealId == null ? mayEditAccount : mayEditDeal.getOrDefault(dealId, false));
        return new org.springframework.data.domain.PageImpl<>(found, pageable, page.getTotalElements());
    }

    /**
     * What the caller may do with the log of the deal ({@code dealId} given, on that account) or of the account,
     * and the contacts and people the log dialog offers. A deal or account the caller cannot see is not found.
     */
    @Transactional(readOnly = true)
    public ContactLogChoices choices(long accountId, @Nullable Long dealId) {
        boolean mayLog = mayLog(accountId, dealId);
        List<ContactLogRow.Person> people = contacts.list(accountId).stream()
                .map(c -> new ContactLogRow.Person(c.id(), c.name())).toList();
        return new ContactLogChoices(mayLog, accountId, people, users.activeUsers(),
                calendar.today());
    }

    /** One entry as saved now; empty once deleted, and when the caller may not see its deal or account. */
    @Transactional(readOnly = true)
    public Optional<ContactLogRow> find(long entryId) {
        return entries.findById(entryId).filter(this::visible).map(entry -> {
            Long dealId = entry.getDealId();
            boolean mayChange = mayLog(entry.getAccountId(), dealId);
            return rows.of(entry.getAccountId(), List.of(entry), dealId == null ? Map.of()
                    : Map.of(dealId, loadDeal(dealId).name()), id -> mayChange).getFirst();
        });
    }

    /** Logs a contact on the deal ({@code dealId}, of this account) or on the account ({@code null}). */
    @Editors
    public ContactLogRow log(long accountId, @Nullable Long dealId, ContactLogInput input) {
        requireMayLog(accountId, dealId);
        check(accountId, input, null);
        ContactLogEntry entry = new ContactLogEntry(accountId, dealId, currentUser.requireId(), clock.instant());
        entry.apply(input, clock.instant());
        entries.saveAndFlush(entry);
        return saved(entry, Set.of());
    }

    /** Changes an entry as the caller loaded it ({@code input.version()}): a changed one is refused. */
    @Editors
    public ContactLogRow update(long entryId, ContactLogInput input) {
        ContactLogEntry entry = load(entryId);
        requireMayLog(entry.getAccountId(), entry.getDealId());
        entry.checkVersion(input.version());
        check(entry.getAccountId(), input, entry);
        entry.apply(input, clock.instant());
        entries.saveAndFlush(entry);
        return saved(entry, Set.of("entry"));
    }

    /** Deletes an entry as loaded ({@code version}); the contacts keep their last contact (see the class). */
    @Editors
    public void delete(long entryId, long version) {
        ContactLogEntry entry = load(entryId);
        requireMayLog(entry.getAccountId(), entry.getDealId());
        entry.checkVersion(version);
        entries.delete(entry);
        entries.flush();
        news.entryChanged(entry, Set.of());
        news.peopleChanged(entry.getDealId(), entry.getContactIds());
    }

    private ContactLogRow saved(ContactLogEntry entry, Set<String> fields) {
        long accountId = entry.getAccountId();
        Long dealId = entry.getDealId();
        ContactLogRow row = rows.of(accountId, List.of(entry), dealId == null ? Map.of()
                : Map.of(dealId, loadDeal(dealId).name()), id -> true).getFirst();
        news.entryChanged(entry, fields);
        news.peopleChanged(dealId, entry.getContactIds());
        // Last: the bulk update clears the persistence context.
        contacts.recordContact(entry.getContactIds(), entry.getDate(), entry.getOurPeople().getFirst());
        return row;
    }

    private ContactLogEntry load(long entryId) {
        return entries.findById(entryId).filter(this::visible)
                .orElseThrow(() -> InvalidInputException.of("entry", "contact-log.not-found"));
    }

    private boolean visible(ContactLogEntry entry) {
        return entry.getDealId() != null ? deals.find(entry.getDealId()).isPresent()
                : accounts.ref(entry.getAccountId()).isPresent();
    }

    private boolean mayLog(long accountId, @Nullable Long dealId) {
        if (dealId == null) {
            return accounts.choices(accountId).mayEdit();
        }
        if (loadDeal(dealId).accountId() != accountId) {
            throw InvalidInputException.of("deal", "deal.not-found");
        }
        return deals.choices(dealId).mayEdit();
    }

    private void requireMayLog(long accountId, @Nullable Long dealId) {
        if (!mayLog(accountId, dealId)) {
            throw new AccessDeniedException("contact log of " + (dealId == null ? "account " + accountId
                    : "deal " + dealId));
        }
    }

    private DealDetails loadDeal(long dealId) {
        return deals.find(dealId).orElseThrow(() -> InvalidInputException.of("deal", "deal.not-found"));
    }

    /** Checks everything before anything is written; people kept from the entry stay even if no longer active. */
    private void check(long accountId, ContactLogInput input, @Nullable ContactLogEntry before) {
        LocalDate today = calendar.today();
        InputRules rules = new InputRules().date("date", input.date())
                .maxLength("note", input.note(), ContactLogEntry.NOTE_MAX_LENGTH);
        if (input.date() == null) {
            rules.reject("date", "validation.required");
        } else if (input.date().isAfter(today)) {
            rules.reject("date", "contact-log.date.future");
        }
        if (input.kind() == null) {
            rules.reject("kind", "validation.required");
        }
        Set<Long> ofAccount = contacts.list(accountId).stream().map(ContactDetails::id).collect(Collectors.toSet());
        if (input.contactIds().isEmpty()) {
            rules.reject("contacts", "contact-log.contacts.required");
        } else if (!ofAccount.containsAll(input.contactIds())) {
            rules.reject("contacts", "validation.invalid-choice");
        }
        Set<Long> allowed = users.activeUsers().stream().map(UserSummary::id)
                .collect(Collectors.toCollection(HashSet::new));
        if (before != null) {
            allowed.addAll(before.getOurPeople());
        }
        Set<Long> ours = new LinkedHashSet<>(input.ourPeopleIds());
        if (ours.isEmpty()) {
            rules.reject("ourPeople", "contact-log.our-people.required");
        } else if (!allowed.containsAll(ours)) {
            rules.reject("ourPeople", "validation.invalid-choice");
        } else if (ours.size() > ContactLogEntry.OUR_PEOPLE_MAX) {
            rules.reject("ourPeople", "contact-log.our-people.too-many");
        }
        rules.check();
    }
}
