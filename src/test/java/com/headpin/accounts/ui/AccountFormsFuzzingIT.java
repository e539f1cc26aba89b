package com.headpin.accounts.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.headpin.FormFuzzing;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.accounts.Criterion;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Nature;
import com.headpin.accounts.ScorecardService;
import com.headpin.accounts.SizeBand;
import com.headpin.security.CurrentUser;
import com.headpin.shared.AmountText;
import com.headpin.shared.InputRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input in the account, contact, not-pursuing, scorecard and import forms, and in the list's filters. */
class AccountFormsFuzzingIT extends FormFuzzing {

    private static final AccountFilter EVERYTHING = new AccountFilter("", null, null, null, null, null, true);
    private static final Map<String, Function<AccountDetails, @Nullable Object>> ACCOUNT_TEXTS =
            new LinkedHashMap<>();
    private static final Map<String, Function<ContactDetails, @Nullable Object>> CONTACT_TEXTS =
            new LinkedHashMap<>();
    private static final Map<String, Function<Criterion, @Nullable Object>> CRITERION_TEXTS = new LinkedHashMap<>();

    static {
        ACCOUNT_TEXTS.put("name", AccountDetails::name);
        ACCOUNT_TEXTS.put("alt-name", AccountDetails::altName);
        ACCOUNT_TEXTS.put("website", AccountDetails::website);
        ACCOUNT_TEXTS.put("address", AccountDetails::address);
        ACCOUNT_TEXTS.put("city", AccountDetails::city);
        ACCOUNT_TEXTS.put("notes", AccountDetails::notes);
        CONTACT_TEXTS.put("name", ContactDetails::name);
        CONTACT_TEXTS.put("title", ContactDetails::title);
        CONTACT_TEXTS.put("department", ContactDetails::department);
        CONTACT_TEXTS.put("phone", ContactDetails::phone);
        CONTACT_TEXTS.put("email", ContactDetails::email);
        CONTACT_TEXTS.put("notes", ContactDetails::notes);
        CRITERION_TEXTS.put("name", Criterion::name);
        CRITERION_TEXTS.put("level-0", c -> c.levels().get(0));
        CRITERION_TEXTS.put("level-5", c -> c.levels().get(5));
    }

    @Autowired
    AccountService accounts;
    @Autowired
    ContactService contacts;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    UserDetailsService userDetails;

    private int serial;

    @Test
    void newAccountDialog() {
        openAs("rep3");
        ACCOUNT_TEXTS.forEach((field, stored) -> TEXTS.forEach(input -> {
            String what = "new account, " + field + ": " + input;
            openNewAccount(field.equals("name") ? null : "Fuzz new account " + ++serial);
            type("account-" + field, input.value());
            long before = accounts.count(EVERYTHING);
            Outcome outcome = attempt(what, "create-account");
            assertThat(accounts.count(EVERYTHING)).as(what).isEqualTo(outcome == Outcome.SAVED ? before + 1 : before);
            if (outcome == Outcome.SAVED) {
                assertStored(what, outcome, input.value(), stored.apply(newest()), null);
            }
        }));
        AMOUNTS.forEach(input -> {
            String what = "new account, annual potential: " + input;
            openNewAccount("Fuzz new account " + ++serial);
            type("account-annual-potential", input.value());
            long before = accounts.count(EVERYTHING);
            Outcome outcome = attempt(what, "create-account");
            assertThat(accounts.count(EVERYTHING)).as(what).isEqualTo(outcome == Outcome.SAVED ? before + 1 : before);
            if (outcome == Outcome.SAVED) {
                assertThat(newest().annualPotential()).as(what).isEqualByComparingTo(input.value());
            }
        });
    }

    @Test
    void accountProfileForm() {
        openAs("rep3");
        long id = createAccount("Fuzz profile");
        ACCOUNT_TEXTS.forEach((field, stored) -> TEXTS.forEach(input -> {
            String what = "account profile, " + field + ": " + input;
            AccountDetails before = accounts.find(id).orElseThrow();
            fresh("accounts/" + id);
            type("account-" + field, input.value());
            Outcome outcome = attempt(what, "save-account");
            AccountDetails after = accounts.find(id).orElseThrow();
            assertStored(what, outcome, input.value(), stored.apply(after), stored.apply(before));
            assertThat(after.version()).as(what).isEqualTo(outcome == Outcome.SAVED ? before.version() + 1
                    : before.version());
            if (field.equals("name") && outcome == Outcome.SAVED) {
                accounts.update(id, named(after, "Fuzz profile"));
            }
        }));
        AMOUNTS.forEach(input -> {
            String what = "account profile, annual potential: " + input;
            AccountDetails before = accounts.find(id).orElseThrow();
            fresh("accounts/" + id);
            type("account-annual-potential", input.value());
            Outcome outcome = attempt(what, "save-account");
            AccountDetails after = accounts.find(id).orElseThrow();
            assertThat(after.annualPotential()).as(what).isEqualByComparingTo(outcome == Outcome.SAVED
                    ? input.value() : before.annualPotential());
        });
        TYPED_AMOUNTS.forEach(input -> {
            String what = "account profile, annual potential typed: " + input;
            AccountDetails before = accounts.find(id).orElseThrow();
            fresh("accounts/" + id);
            type("account-annual-potential", input.value());
            Outcome outcome = attempt(what, "save-account");
            AccountDetails after = accounts.find(id).orElseThrow();
            java.util.Optional<java.math.BigDecimal> read = AmountText.parse(input.value())
                    .filter(InputRules::isAmount);
            assertThat(outcome).as(what).isEqualTo(read.isPresent() ? Outcome.SAVED : Outcome.REFUSED);
            assertThat(after.annualPotential()).as(what).isEqualByComparingTo(read.orElse(before.annualPotential()));
        });
    }

    @Test
    void contactDialogNewAndEdit() {
        openAs("rep3");
        long forNew = createAccount("Fuzz new contacts");
        long forEdit = createAccount("Fuzz edited contact");
        ContactDetails edited = contacts.create(forEdit, contact("Fuzz contact", null));
        CONTACT_TEXTS.forEach((field, stored) -> TEXTS.forEach(input -> {
            String what = "new contact, " + field + ": " + input;
            openContacts(forNew);
            _click(_get(Button.class, spec -> spec.withId("new-contact")));
            if (!field.equals("name")) {
                type("contact-name", "Fuzz contact " + ++serial);
            }
            type("contact-" + field, input.value());
            attemptAdd(what, "save-contact", () -> contacts.list(forNew), ContactDetails::id,
                    holds(what, input.value(), stored));

            String edit = "contact, " + field + ": " + input;
            ContactDetails current = contacts.find(edited.id()).orElseThrow();
            openContacts(forEdit);
            openFirstContact();
            type("contact-" + field, input.value());
            Outcome outcome = attempt(edit, "save-contact");
            assertStored(edit, outcome, input.value(), stored.apply(contacts.find(edited.id()).orElseThrow()),
                    stored.apply(current));
            if (field.equals("name") && outcome == Outcome.SAVED) {
                ContactDetails saved = contacts.find(edited.id()).orElseThrow();
                contacts.update(saved.id(), contact("Fuzz contact", saved.lastContactDate(), saved.version()));
            }
        }));
        DATES.forEach(input -> {
            String what = "contact, last contact date: " + input;
            ContactDetails current = contacts.find(edited.id()).orElseThrow();
            openContacts(forEdit);
            openFirstContact();
            type("contact-last-date", input.value());
            Outcome outcome = attempt(what, "save-contact");
            assertThat(contacts.find(edited.id()).orElseThrow().lastContactDate()).as(what)
                    .isEqualTo(outcome == Outcome.SAVED ? input.value() : current.lastContactDate());
        });
    }

    @Test
    void notPursuingDialog() {
        openAs("rep3");
        long id = createAccount("Fuzz dropped");
        TEXTS.forEach(input -> {
            String what = "not pursuing, reason: " + input;
            fresh("accounts/" + id);
            _click(_get(Button.class, spec -> spec.withId("account-not-pursuing")));
            type("not-pursuing-reason", input.value());
            Outcome outcome = attempt(what, "confirm-not-pursuing");
            AccountDetails after = accounts.find(id).orElseThrow();
            assertThat(after.notPursuing()).as(what).isEqualTo(outcome == Outcome.SAVED);
            if (outcome == Outcome.SAVED) {
                assertStored(what, outcome, input.value(), after.notPursuingReason(), null);
                accounts.setNotPursuing(id, after.version(), null);
            }
        });
    }

    @Test
    void scorecardCriterionDialog() {
        openAs("director");
        CRITERION_TEXTS.forEach((field, stored) -> TEXTS.forEach(input -> {
            String what = "new criterion, " + field + ": " + input;
            fresh("accounts/scorecard");
            _click(_get(Button.class, spec -> spec.withId("new-criterion")));
            if (!field.equals("name")) {
                type("criterion-name", "Fuzz criterion " + ++serial);
            }
            type("criterion-" + field, input.value());
            attemptAdd(what, "save-criterion", scorecard::criteria, Criterion::id, holds(what, input.value(), stored));
        }));
        INTEGERS.forEach(input -> {
            String what = "new criterion, weight: " + input;
            fresh("accounts/scorecard");
            _click(_get(Button.class, spec -> spec.withId("new-criterion")));
            type("criterion-name", "Fuzz criterion " + ++serial);
            type("criterion-weight", input.value());
            attemptAdd(what, "save-criterion", scorecard::criteria, Criterion::id,
                    saved -> assertThat(saved.weight()).as(what).isEqualTo(input.value()));
        });
    }

    @Test
    void importDialogFields() {
        openAs("rep3");
        List<String> columns = List.of("name", "alt_name", "industry", "owner", "team", "funnel_position",
                "annual_potential", "website", "address", "notes");
        fuzzImport("accounts", "import-accounts", () -> {
            Map<String, String> row = new LinkedHashMap<>();
            columns.forEach(c -> row.put(c, ""));
            row.put("name", "Fuzz import " + ++serial);
            return row;
        }, () -> accounts.count(EVERYTHING));
    }

    @Test
    void listFilters() {
        openAs("rep3");
        fresh("accounts");
        @SuppressWarnings("unchecked")
        Grid<com.headpin.accounts.AccountSummary> grid = _get(Grid.class, spec -> spec.withId("accounts-grid"));
        for (Input<String> input : TEXTS) {
            type("account-search", input.value());
            assertThat(_fetch(grid, 0, 50)).as("search: " + input).hasSize(Math.min(50, _size(grid)));
        }
        type("account-search", "");
        for (Input<Integer> input : INTEGERS) {
            type("filter-min-fit", input.value());
            assertThat(_fetch(grid, 0, 50)).as("minimum fit: " + input).hasSize(Math.min(50, _size(grid)));
        }
    }

    private void openNewAccount(@Nullable String name) {
        fresh("accounts");
        _click(_get(Button.class, spec -> spec.withId("new-account")));
        if (name != null) {
            type("account-name", name);
        }
    }

    private void openContacts(long accountId) {
        fresh("accounts/" + accountId);
        _get(TabSheet.class).setSelectedIndex(1);
    }

    private static void openFirstContact() {
        @SuppressWarnings("unchecked")
        TreeGrid<ContactDetails> chart = _get(TreeGrid.class, spec -> spec.withId("contacts-chart"));
        _clickItem(chart, 0);
    }

    private AccountDetails newest() {
        return accounts.find(accounts.page(EVERYTHING, PageRequest.of(0, 1, Sort.by(Sort.Direction.DESC, "id")))
                .getContent().getFirst().id()).orElseThrow();
    }

    private long createAccount(String name) {
        return accounts.create(new AccountInput(0, name, null, Industry.ENERGY, Nature.PRIVATE, SizeBand.MEDIUM,
                null, null, currentUser.requireId(), FunnelPosition.ABOVE, null, null, null, null, BigDecimal.ZERO,
                null, Set.of())).id();
    }

    private static AccountInput named(AccountDetails account, String name) {
        AccountInput a = AccountInput.from(account);
        return new AccountInput(a.version(), name, a.altName(), a.industry(), a.nature(), a.sizeBand(), a.regionId(),
                a.teamId(), a.ownerId(), a.funnelPosition(), a.parentId(), a.address(), a.website(), a.notes(),
                a.annualPotential(), a.tierOverride(), a.team());
    }

    private static ContactInput contact(String name, @Nullable LocalDate lastContact) {
        return contact(name, lastContact, 0);
    }

    private static ContactInput contact(String name, @Nullable LocalDate lastContact, long version) {
        return new ContactInput(version, name, null, null, null, null, null, null, lastContact, null);
    }
}
