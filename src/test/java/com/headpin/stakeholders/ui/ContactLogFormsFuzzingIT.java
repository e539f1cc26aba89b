package com.headpin.stakeholders.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import com.headpin.FormFuzzing;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.accounts.FunnelPosition;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Nature;
import com.headpin.accounts.SizeBand;
import com.headpin.security.CurrentUser;
import com.headpin.stakeholders.ContactLogRow;
import com.headpin.stakeholders.ContactLogService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input in the contact-log dialog (on the account page): the note and the date. */
class ContactLogFormsFuzzingIT extends FormFuzzing {

    @Autowired
    AccountService accounts;
    @Autowired
    ContactService contacts;
    @Autowired
    ContactLogService log;
    @Autowired
    CurrentUser currentUser;

    private long accountId;

    @BeforeEach
    void anAccountOfItsOwn() {
        openAs("rep3");
        accountId = accounts.create(new AccountInput(0, "Fuzz log " + System.nanoTime(), null, Industry.ENERGY,
                Nature.PRIVATE, SizeBand.MEDIUM, null, null, currentUser.requireId(), FunnelPosition.ABOVE, null,
                null, null, null, BigDecimal.ZERO, null, Set.of())).id();
        contacts.create(accountId, new ContactInput(0, "Fuzz person", null, null, null, null, null, null, null, null));
    }

    @Test
    void logDialog() {
        TEXTS.forEach(input -> {
            String what = "new contact log, note: " + input;
            openLog();
            type("contact-log-note", input.value());
            attemptAdd(what, "contact-log-save", this::entries, ContactLogRow::id,
                    holds(what, input.value(), ContactLogRow::note));
        });
        DATES.forEach(input -> {
            String what = "new contact log, date: " + input;
            openLog();
            type("contact-log-date", input.value());
            attemptAdd(what, "contact-log-save", this::entries, ContactLogRow::id,
                    saved -> assertThat(saved.date()).as(what).isEqualTo(input.value()));
        });
    }

    private List<ContactLogRow> entries() {
        return log.forAccount(accountId, PageRequest.of(0, 500)).getContent();
    }

    @SuppressWarnings("unchecked")
    private void openLog() {
        fresh("accounts/" + accountId);
        selectTab("contact-log.tab");
        _click(_get(Button.class, spec -> spec.withId("contact-log-add")));
        MultiSelectComboBox<Object> met = _get(MultiSelectComboBox.class, spec -> spec.withId("contact-log-contacts"));
        _setValue(met, Set.of(met.getListDataView().getItems().findFirst().orElseThrow()));
    }
}
