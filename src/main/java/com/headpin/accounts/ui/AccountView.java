package com.headpin.accounts.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.headpin.accounts.AccountChoices;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountNames;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountTab;
import com.headpin.accounts.AccountTopics;
import com.headpin.accounts.ContactService;
import com.headpin.accounts.ScorecardService;
import com.headpin.collaboration.CommentService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.collaboration.ui.CommentsThread;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.UserAccountService;
import com.headpin.shared.Money;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * One account, worked on together: the profile form with presence, field indicators, others' saves arriving live
 * and a per-field choice on conflicting saves; contacts and the scorecard in further tabs.
 * <p>
 * How views get services (one way, everywhere): a route view takes them as constructor parameters; the components it
 * creates get the ones they use as constructor arguments; another module's UI arrives as an extension-point bean
 * ({@link AccountTab}, workspace.HomeWidget). No service bundles, no panel factories.
 */
// Digits only, at most 18 (always a long): /accounts/abc is "not found", never an error.
@Route("accounts/:id([0-9]{1,18})/:tab?([a-z-]{1,30})")
@PermitAll
class AccountView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final UserAccountService users;
    private final OrganisationService organisation;
    private final ContactService contacts;
    private final ScorecardService scorecard;
    private final LiveUpdates liveUpdates;
    private final LiveForms liveForms;
    private final Timeline timeline;
    private final CommentService comments;
    private final List<AccountTab> moreTabs;
    private final H2 title = new H2();
    private final Span tier = new Span();
    private Button pursue = new Button();
    private AccountDetails account;

    AccountView(AccountService accounts, UserAccountService users, OrganisationService organisation,
                ContactService contacts, ScorecardService scorecard, LiveUpdates liveUpdates, LiveForms liveForms,
                Timeline timeline, CommentService comments, List<AccountTab> moreTabs) {
        this.accounts = accounts;
        this.users = users;
        this.organisation = organisation;
        this.contacts = contacts;
        this.scorecard = scorecard;
        this.liveUpdates = liveUpdates;
        this.liveForms = liveForms;
        this.timeline = timeline;
        this.comments = comments;
        this.moreTabs = moreTabs.stream().sorted(Comparator.comparingInt(AccountTab::order)).toList();
        setSizeFull();
        setPadding(false);
        title.setId("account-title");
        tier.setId("account-tier");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("id");
        if (id.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        // An account outside the user's part of the company is "not found", exactly like a missing one.
        Optional<AccountDetails> found = accounts.find(id.get());
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        // "accounts/42/plan" opens an extension tab ("account.tab.plan") at once: links from home cards and
        // notifications (a path, not "?tab=": UI.navigate(String), which the bell uses, takes no query).
        show(found.get(), event.getRouteParameters().get("tab").orElse(""));
    }

    @Override
    public String getPageTitle() {
        return account == null ? getTranslation("nav.accounts")
                : AccountNames.shown(account.name(), account.altName(), getLocale());
    }

    private void show(AccountDetails details, String selectedTab) {
        // The router keeps this view when another account is opened from it (a link, a notification): all that
        // belonged to the previous account goes, its live form too (listening ends when its owner detaches).
        removeAll();
        VerticalLayout shown = new VerticalLayout();
        shown.setSizeFull();
        HorizontalLayout header = new HorizontalLayout(title, tier);
        header.setAlignItems(Alignment.CENTER);
        header.addClassName("record-header");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        shown.add(header, tabs);
        shown.expand(tabs);
        add(shown);
        pursue = new Button();
        account = details;
        showHeader(details);
        AccountForm form = new AccountForm(accounts, users, organisation);
        AccountChoices choices = accounts.choices(details.id());
        form.allow(choices, details.ownerId(), details.teamId(), details.regionId());
        LiveForm<AccountDetails> shared = liveForms.open(shown,
                AccountTopics.ACCOUNT.topic(details.id()), form.fields(), details,
                AccountDetails::version, () -> accounts.find(details.id()));
        shared.onRecord(saved -> {
            account = saved;
            showHeader(saved);
            // Deals are never deleted: once an account has one, its position stays theirs.
            if (!form.followsDeals()) {
                form.followDeals(accounts.choices(saved.id()).funnelFollowsDeals());
            }
        });
        header.add(shared.avatars());
        Button save = new Button(getTranslation("action.save"), e -> shared.save(
                version -> accounts.update(account.id(), form.input(version)),
                saved -> Notifications.success("account.saved", saved.name())));
        save.setId("save-account");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        pursue.addClickListener(e -> new NotPursuingDialog(accounts, account, this::reload).open());
        pursue.setId("account-not-pursuing");
        save.setVisible(choices.mayEdit());
        pursue.setVisible(choices.mayEdit());
        VerticalLayout profile = new VerticalLayout(form, new HorizontalLayout(save, pursue));
        profile.setPadding(false);
        tabs.add(getTranslation("account.tab.profile"), profile);
        tabs.add(getTranslation("account.tab.contacts"), new ContactsPanel(contacts, users, liveUpdates, liveForms,
                details.id(), choices.mayEdit()));
        tabs.add(getTranslation("account.tab.scorecard"), new ScorecardPanel(scorecard, accounts, liveUpdates,
                details.id(), choices.mayEdit()));
        moreTabs.forEach(tab -> {
            com.vaadin.flow.component.tabs.Tab added = tabs.add(getTranslation(tab.labelKey()),
                    tab.create(details.id()));
            if (tab.labelKey().equals("account.tab." + selectedTab)) {
                tabs.setSelectedTab(added);
            }
        });
        tabs.add(getTranslation("account.tab.comments"), new CommentsThread(comments, liveUpdates,
                AccountTopics.ACCOUNT, details.id()));
        tabs.add(getTranslation("account.tab.activity"), new ActivityTimeline(timeline, liveUpdates,
                AccountTopics.ACCOUNT, details.id()));
    }

    private void showHeader(AccountDetails details) {
        title.setText(AccountNames.shown(details.name(), details.altName(), getLocale()));
        tier.setText(getTranslation(details.effectiveTier().labelKey()) + " · "
                + Money.compact(details.annualPotential(), getLocale())
                + (details.notPursuing() ? " · " + getTranslation("account.not-pursuing") : ""));
        pursue.setText(getTranslation(details.notPursuing() ? "account.resume" : "account.drop"));
        tier.getElement().getThemeList().set("badge", true);
    }

    private void reload() {
        accounts.find(account.id()).ifPresent(details -> {
            account = details;
            showHeader(details);
        });
    }
}
