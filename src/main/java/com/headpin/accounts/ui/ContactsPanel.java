package com.headpin.accounts.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.accounts.AccountTopics;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.WhileShown;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.shared.Dates;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;

/**
 * The customer's people as an organisation chart: who reports to whom, with title, department, how to reach them
 * and when we last spoke (and who did). Updates live when a colleague edits a contact. Whoever may not change the
 * account's data ({@code AccountChoices.mayEdit}) opens contacts read-only and adds none.
 */
class ContactsPanel extends Composite<VerticalLayout> {

    private final ContactService contacts;
    private final long accountId;
    private final TreeGrid<ContactDetails> chart = new TreeGrid<>();
    private final List<UserSummary> users;
    private final Map<Long, UserSummary> usersById;
    private List<ContactDetails> all = List.of();

    ContactsPanel(ContactService contacts, UserAccountService userService, LiveUpdates liveUpdates,
                  LiveForms liveForms, long accountId, boolean editable) {
        this.contacts = contacts;
        this.accountId = accountId;
        this.users = userService.activeUsers();
        this.usersById = users.stream().collect(Collectors.toMap(UserSummary::id, Function.identity()));
        Button add = new Button(getTranslation("contact.new"), VaadinIcon.PLUS.create(),
                e -> new ContactDialog(contacts, liveForms, accountId, null, all, users, true).open());
        add.setId("new-contact");
        add.setVisible(editable);
        chart.setId("contacts-chart");
        chart.addHierarchyColumn(ContactDetails::name).setHeader(getTranslation("contact.name")).setFlexGrow(2);
        chart.addColumn(c -> text(c.title())).setHeader(getTranslation("contact.title")).setAutoWidth(true);
        chart.addColumn(c -> text(c.department())).setHeader(getTranslation("contact.department")).setAutoWidth(true);
        chart.addColumn(c -> text(c.phone())).setHeader(getTranslation("contact.phone")).setAutoWidth(true);
        chart.addColumn(c -> text(c.email())).setHeader(getTranslation("contact.email")).setAutoWidth(true);
        chart.addColumn(this::lastContact).setHeader(getTranslation("contact.last-contact")).setAutoWidth(true);
        chart.addItemClickListener(e -> new ContactDialog(contacts, liveForms, accountId, e.getItem(),
                all, users, editable).open());
        getContent().add(add, chart);
        getContent().setPadding(false);
        reload();
        liveUpdates.subscribe(this, AccountTopics.ACCOUNT.topic(accountId), changes -> {
            if (changes.stream().anyMatch(change -> change.touches("contacts"))) {
                reload();
            }
        });
        WhileShown.reloadWhenShown(this, this::reload);
    }

    private void reload() {
        all = contacts.list(accountId);
        List<ContactDetails> roots = all.stream()
                .filter(c -> c.reportsToId() == null || all.stream().noneMatch(o -> o.id() == c.reportsToId()))
                .toList();
        chart.setItems(roots, parent -> all.stream().filter(c -> Objects.equals(c.reportsToId(), parent.id()))
                .toList());
        chart.expandRecursively(roots, 10);
    }

    private String lastContact(ContactDetails contact) {
        if (contact.lastContactDate() == null) {
            return "";
        }
        String by = contact.lastContactBy() == null || !usersById.containsKey(contact.lastContactBy()) ? ""
                : " · " + usersById.get(contact.lastContactBy()).fullName();
        return Dates.format(contact.lastContactDate(), getLocale()) + by;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
