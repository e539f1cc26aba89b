package com.headpin.accounts.ui;


import java.util.Comparator;
import java.util.List;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.headpin.accounts.AccountTab;

import com.headpin.accounts.AccountTab;

import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountTopics;
import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.collaboration.ui.CommentsThread;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.shared.Money;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * One account, worked on together: the profile form with presence, field indicators, others' saves arriving live
 * and a per-field choice on conflicting saves; contacts and the scorecard in further tabs.
 */
@Route("accounts/:id")
@PermitAll
class AccountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountFormServices services;
    private final ContactsPanelFactory contacts;
    private final ScorecardPanelFactory scorecard;
    private final List<AccountTab> moreTabs;
    private final H2 title = new H2();
    private final Span tier = new Span();
    private final HorizontalLayout header = new HorizontalLayout();
    private final TabSheet tabs = new TabSheet();
    private final Button pursue = new Button();
    private AccountDetails account;

    AccountView(AccountFormServices services, ContactsPanelFactory contacts, ScorecardPanelFactory scorecard,
                List<AccountTab> moreTabs) {
        this.services = services;
        this.contacts = contacts;
        this.scorecard = scorecard;
        this.moreTabs = moreTabs.stream().sorted(Comparator.comparingInt(AccountTab::order)).toList();
        setSizeFull();
        title.setId("account-title");
        tier.setId("account-tier");
        header.setAlignItems(Alignment.CENTER);
        header.addClassName("record-header");
        header.add(title, tier);
        tabs.setWidthFull();
        add(header, tabs);
        expand(tabs);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            Optional<AccountDetails> found = services.accounts.find(id.get());
            if (found.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            show(found.get());
        } catch (org.springframework.security.access.AccessDeniedException denied) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    @Override
    public String getPageTitle() {
        return account == null ? getTranslation("nav.accounts") : account.name();
    }

    private void show(AccountDetails details) {
        account = details;
        showHeader(details);
        AccountForm form = new AccountForm(services);
        LiveForm<AccountDetails> shared = services.liveForms.open(this,
                AccountTopics.ACCOUNT.topic(details.id()), form.fields(), details,
                AccountDetails::version, () -> services.accounts.find(details.id()));
        shared.onRecord(saved -> {
            account = saved;
            showHeader(saved);
        });
        header.add(shared.avatars());
        Button save = new Button(getTranslation("action.save"), e -> shared.save(
                version -> services.accounts.update(account.id(), form.input(version)),
                saved -> Notifications.success("account.saved", saved.name())));
        save.setId("save-account");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        pursue.addClickListener(e -> new NotPursuingDialog(services.accounts, account, this::reload).open());
        pursue.setId("account-not-pursuing");
        VerticalLayout profile = new VerticalLayout(form, new HorizontalLayout(save, pursue));
        profile.setPadding(false);
        tabs.add(getTranslation("account.tab.profile"), profile);
        tabs.add(getTranslation("account.tab.contacts"), contacts.create(details.id()));
        tabs.add(getTranslation("account.tab.scorecard"), scorecard.create(details.id()));
        moreTabs.forEach(tab -> tabs.add(getTranslation(tab.labelKey()), tab.create(details.id())));
        tabs.add(getTranslation("account.tab.comments"), new CommentsThread(services.comments, services.liveUpdates,
                AccountTopics.ACCOUNT, details.id()));
        tabs.add(getTranslation("account.tab.activity"), new ActivityTimeline(services.timeline, services.liveUpdates,
                AccountTopics.ACCOUNT, details.id()));
    }

    private void showHeader(AccountDetails details) {
        title.setText(details.name());
        tier.setText(getTranslation(details.effectiveTier().labelKey()) + " · "
                + Money.compact(details.annualPotential(), getLocale())
                + (details.notPursuing() ? " · " + getTranslation("account.not-pursuing") : ""));
        pursue.setText(getTranslation(details.notPursuing() ? "account.resume" : "account.drop"));
        tier.getElement().getThemeList().set("badge", true);
    }

    private void reload() {
        services.accounts.find(account.id()).ifPresent(details -> {
            account = details;
            showHeader(details);
        });
    }
}
