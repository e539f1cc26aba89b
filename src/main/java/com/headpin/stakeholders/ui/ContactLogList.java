package com.headpin.stakeholders.ui;

import com.headpin.accounts.AccountTopics;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.WhileShown;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.security.CurrentUser;
import com.headpin.stakeholders.ContactLogChoices;
import com.headpin.stakeholders.ContactLogRow;
import com.headpin.stakeholders.ContactLogService;
import com.headpin.stakeholders.StakeholderTopics;
import com.headpin.shared.Topic;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.jspecify.annotations.Nullable;

/**
 * A contact log, newest first: a deal's ({@code dealId} given) on the deal page, or all of an account's on its page
 * (each with the deal it was logged on), read page by page. Editors log a contact and open an entry to change or
 * delete it; the list follows the deal's or the account's topic, so everyone with the page open sees entries at once.
 */
class ContactLogList extends Composite<VerticalLayout> {

    private final ContactLogService log;
    private final LiveForms liveForms;
    private final CurrentUser currentUser;
    private final long accountId;
    private final @Nullable Long dealId;
    private final Grid<ContactLogRow> grid = new Grid<>();
    private final Span empty = new Span();

    ContactLogList(ContactLogService log, LiveUpdates liveUpdates, LiveForms liveForms, CurrentUser currentUser,
                   long accountId, @Nullable Long dealId) {
        this.log = log;
        this.liveForms = liveForms;
        this.currentUser = currentUser;
        this.accountId = accountId;
        this.dealId = dealId;
        grid.setId("contact-log");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(entry -> new ContactLogCard(entry, dealId == null, getLocale())).setKey("entry");
        grid.setHeight("min(36rem, 65vh)");
        grid.setItems(query -> dealId != null
                ? log.forDeal(dealId).stream().skip(query.getOffset()).limit(query.getLimit())
                : log.forAccount(accountId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.addItemClickListener(e -> open(e.getItem()));
        empty.setText(getTranslation("contact-log.empty"));
        empty.setId("contact-log-empty");
        empty.getStyle().set("color", "var(--lumo-secondary-text-color)");

        Button add = new Button(getTranslation("contact-log.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("contact-log-add");
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add.setVisible(log.choices(accountId, dealId).mayLog());
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.add(add, empty, grid);
        Topic topic = dealId != null ? StakeholderTopics.ofDeal(dealId) : AccountTopics.ACCOUNT.topic(accountId);
        liveUpdates.subscribe(this, topic, changes -> {
            if (changes.stream().anyMatch(change -> change.is(StakeholderTopics.CONTACT_LOG))) {
                refresh();
            }
        });
        refresh();
        WhileShown.reloadWhenShown(this, this::refresh);
    }

    /** Entries came, went or changed (and may have moved with their date): the list is read again. */
    void refresh() {
        grid.getDataProvider().refreshAll();
        boolean none = dealId != null ? log.forDeal(dealId).isEmpty()
                : log.forAccount(accountId, org.springframework.data.domain.PageRequest.of(0, 1)).isEmpty();
        empty.setVisible(none);
        grid.setVisible(!none);
    }

    private void open(@Nullable ContactLogRow entry) {
        ContactLogChoices choices = log.choices(accountId, dealId);
        ContactLogDialog dialog = new ContactLogDialog(log, liveForms, choices, dealId, entry,
                currentUser.requireId(), this::refresh);
        if (entry != null && !entry.mayChange()) {
            dialog.readOnly();
        }
        dialog.open();
    }
}
