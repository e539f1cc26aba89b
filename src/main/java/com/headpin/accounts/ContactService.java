package com.headpin.accounts;

import com.headpin.accounts.internal.Contact;
import com.headpin.accounts.internal.Account;
import com.headpin.accounts.internal.AccountSpecifications;
import com.headpin.accounts.internal.ContactRepository;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.headpin.organisation.Visibility;
import com.headpin.security.Editors;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.InputRules;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.RecordChanged;
import com.headpin.shared.SearchText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's people on an account. Whoever may see the account reads its contacts; REP, DIRECTOR and ADMIN keep
 * them (a RESOURCE, consultant or legal on a deal, reads and comments but does not edit account data). A contact of
 * an account the caller cannot see is not found, like a missing one.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ContactService {


    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>]+@[^@\\s<>]+\\.[^@\\s<>]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-\\s.#*x]{3," + Contact.PHONE_MAX_LENGTH + "}");

    private final ContactRepository contacts;
    private final ObjectProvider<ContactLinks> links;
    private final ObjectProvider<ContactReadGrant> readGrants;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final BusinessCalendar calendar;
    private final EntityManager entityManager;
    private final Visibility visibility;

    ContactService(ContactRepository contacts, ObjectProvider<ContactLinks> links,
                   ObjectProvider<ContactReadGrant> readGrants, AccountService accounts,
                   ApplicationEventPublisher events, BusinessCalendar calendar, EntityManager entityManager,
                   Visibility visibility) {
        this.readGrants = readGrants;
        this.entityManager = entityManager;
        this.visibility = visibility;
        this.contacts = contacts;
        this.links = links;
        this.accounts = accounts;
        this.events = events;
        this.calendar = calendar;
    }

    /** The account's contacts by name, for whoever sees the account or has a {@link ContactReadGrant} for it. */
    @Transactional(readOnly = true)
    public List<ContactDetails> list(long accountId) {
        if (!mayRead(accountId)) {
            accounts.load(accountId);
        }
        return contacts.findByAccountIdOrderByName(accountId).stream().map(Contact::toDetails).toList();
    }

    /** The contact as saved now; empty once deleted, and for an account the caller cannot see. */
    @Transactional(readOnly = true)
    public Optional<ContactDetails> find(long contactId) {
        return contacts.findById(contactId).filter(contact -> mayRead(contact.getAccountId()))
                .map(Contact::toDetails);
    }

    private boolean mayRead(long accountId) {
        return accounts.ref(accountId).isPresent()
                || readGrants.orderedStream().anyMatch(grant -> grant.mayReadContacts(accountId));
    }

    /**
     * At most {@code limit} (up to {@link AccountService#SEARCH_LIMIT}) contacts of visible accounts whose name
     * contains the text, by name, each with its account's name; nothing for text too short to search. One query:
     * the accounts' row rule is part of it.
     */
    @Transactional(readOnly = true)
    public List<ContactRef> search(String text, int limit) {
        SearchText search = SearchText.of(text);
        if (!search.searchable()) {
            return List.of();
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Contact> contact = query.from(Contact.class);
        Root<Account> account = query.from(Account.class);
        query.multiselect(contact, account.get("name"))
                .where(cb.equal(account.get("id"), contact.get("accountId")),
                        cb.like(cb.lower(contact.get("name")), search.likePattern(), SearchText.ESCAPE),
                        AccountSpecifications.visibleTo(visibility.current()).toPredicate(account, query, cb))
                .orderBy(cb.asc(contact.get("name")), cb.asc(account.get("name")));
        return entityManager.createQuery(query).setMaxResults(Math.clamp(limit, 1, AccountService.SEARCH_LIMIT))
                .getResultList().stream().map(row -> {
                    ContactDetails found = row.get(0, Contact.class).toDetails();
                    return new ContactRef(found.id(), found.name(), found.title(), found.accountId(),
                            row.get(1, String.class));
                }).toList();
    }

    @Editors
    public ContactDetails create(long accountId, ContactInput input) {
        accounts.load(accountId);
        check(accountId, null, input);
        Contact contact = new Contact(accountId);
        contact.apply(input);
        ContactDetails saved = contacts.saveAndFlush(contact).toDetails();
        announce(saved.id(), accountId);
        return saved;
    }

    @Editors
    public ContactDetails update(long contactId, ContactInput input) {
        Contact contact = load(contactId);
        contact.checkVersion(input.version());
        check(contact.getAccountId(), contactId, input);
        contact.apply(input);
        ContactDetails saved = contacts.saveAndFlush(contact).toDetails();
        announce(contactId, contact.getAccountId());
        return saved;
    }

    /** Deletes the contact as the caller loaded it ({@code version}); a changed one is refused. */
    @Editors
    public void delete(long contactId, long version) {
        Contact contact = load(contactId);
        contact.checkVersion(version);
        if (contacts.existsByReportsToId(contactId)) {
            throw InvalidInputException.of("contact", "contact.delete.has-reports");
        }
        // Before the delete, so that listeners remove their references first (one transaction, no foreign-key error).
        events.publishEvent(new ContactDeleted(contactId, contact.getAccountId()));
        contacts.delete(contact);
        contacts.flush();
        announce(contactId, contact.getAccountId());
    }

    /**
     * Records that {@code byUserId} (a user the caller chose and checked) met these contacts on {@code date}, for the
     * contact log: each contact's last contact moves forward to that day, never back (an older entry logged late
     * leaves a newer last contact alone). One bulk statement that leaves the contacts' versions alone, so open
     * contact forms do not go stale; the change is announced on the accounts so that everything showing last
     * contacts refreshes. Editors who may read the contacts (their account, or a deal of it); the date as
     * {@link InputRules#date} allows and not after today.
     */
    @Editors
    public void recordContact(java.util.Collection<Long> contactIds, LocalDate date, long byUserId) {
        List<Contact> found = contacts.findAllById(Set.copyOf(contactIds));
        if (found.size() != Set.copyOf(contactIds).size()
                || !found.stream().allMatch(contact -> mayRead(contact.getAccountId()))) {
            throw InvalidInputException.of("contacts", "contact.not-found");
        }
        InputRules rules = new InputRules().date("date", date);
        if (date.isAfter(calendar.today())) {
            rules.reject("date", "contact.last-contact.future");
        }
        rules.check();
        List<Contact> moved = found.stream().filter(contact -> contact.lastContactBefore(date)).toList();
        if (moved.isEmpty()) {
            return;
        }
        contacts.moveLastContactForward(moved.stream().map(Contact::requireId).toList(), date, byUserId);
        moved.forEach(contact -> events.publishEvent(RecordChanged.of(AccountTopics.CONTACT, contact.requireId(),
                Set.of("contacts", "lastContact"), AccountTopics.ACCOUNT.topic(contact.getAccountId()))));
    }

    /** What else deleting the contact removes (plan relationships), for the user to confirm first. */
    @Transactional(readOnly = true)
    public List<ContactLinks.ContactLink> links(long contactId) {
        load(contactId);
        return links.orderedStream().flatMap(source -> source.linksTo(contactId).stream()).toList();
    }

    private Contact load(long contactId) {
        return contacts.findById(contactId).filter(contact -> accounts.ref(contact.getAccountId()).isPresent())
                .orElseThrow(() -> InvalidInputException.of("contact", "contact.not-found"));
    }

    private void check(long accountId, @Nullable Long selfId, ContactInput input) {
        InputRules rules = new InputRules().name("name", input.name(), Contact.NAME_MAX_LENGTH)
                .maxLength("title", input.title(), Contact.TITLE_MAX_LENGTH)
                .maxLength("department", input.department(), Contact.DEPARTMENT_MAX_LENGTH)
                .maxLength("notes", input.notes(), Contact.NOTES_MAX_LENGTH);
        String email = InputRules.trimToNull(input.email());
        if (email != null && (email.length() > Contact.EMAIL_MAX_LENGTH || !EMAIL.matcher(email).matches())) {
            rules.reject("email", "validation.email");
        }
        String phone = InputRules.trimToNull(input.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            rules.reject("phone", "contact.phone.invalid");
        }
        rules.date("lastContactDate", input.lastContactDate());
        if (input.lastContactDate() != null && input.lastContactDate().isAfter(calendar.today())) {
            rules.reject("lastContactDate", "contact.last-contact.future");
        }
        if (input.reportsToId() != null && !reportsToAllowed(accountId, selfId, input.reportsToId())) {
            rules.reject("reportsTo", "contact.reports-to.invalid");
        }
        rules.check();
    }

    /** The manager must be a contact of the same account, and the chain must not come back to the contact. */
    private boolean reportsToAllowed(long accountId, @Nullable Long selfId, long reportsToId) {
        Set<Long> seen = new HashSet<>();
        Long current = reportsToId;
        while (current != null) {
            if (Objects.equals(current, selfId) || !seen.add(current)) {
                return false;
            }
            Contact next = contacts.findById(current).orElse(null);
            if (next == null || next.getAccountId() != accountId) {
                return false;
            }
            current = next.toDetails().reportsToId();
        }
        return true;
    }

    private void announce(long contactId, long accountId) {
        events.publishEvent(RecordChanged.of(AccountTopics.CONTACT, contactId, Set.of("contacts"),
                AccountTopics.ACCOUNT.topic(accountId)));
    }
}
