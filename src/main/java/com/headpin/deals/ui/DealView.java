package com.headpin.deals.ui;

import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.headpin.collaboration.CommentService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.collaboration.ui.CommentsThread;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.deals.DealActionService;
import com.headpin.deals.DealChoices;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealPanel;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStageService;
import com.headpin.deals.DealTopics;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.SalesProcessService;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.Pageable;

/**
 * A deal's war room. On top: name, who has it open, the figures (amount, weighted, close date), the stage path with
 * probabilities and the outcome buttons. Below, the work: the exit criteria and the gate, the next step, action
 * items, deliverables, the deal's details (team, competitors, partners) and other modules' sections ({@link DealPanel}
 * beans, [Stakeholders], [Resources]); beside it comments, activity (history) and other modules' tabs. The deal's
 * fields are one shared form (presence, field indicators, others' saves live, conflicts resolved); everyone with
 * the page open sees moves, ticks, items and outcomes as they happen.
 */
// Digits only, at most 18 (always a long): /deals/abc is "not found", never an error.
@Route("deals/:id([0-9]{1,18})")
@PermitAll
class DealView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final DealService deals;
    private final DealStageService stages;
    private final SalesProcessService processes;
    private final UserAccountService users;
    private final OrganisationService organisation;
    private final LiveUpdates liveUpdates;
    private final LiveForms liveForms;
    private final Timeline timeline;
    private final CommentService comments;
    private final BusinessCalendar calendar;
    private final List<DealPanel> panels;
    private final DealActionService actions;
    private final CurrentUser currentUser;
    private StagePath path;
    private OutcomeButtons outcomes;
    private DealHeader header;
    private GatePanel gate;
    private DealDetails deal;
    private SalesProcess process;
    private DealChoices choices;

    DealView(DealService deals, DealStageService stages, DealActionService actions, SalesProcessService processes,
             UserAccountService users, CurrentUser currentUser, OrganisationService organisation,
             LiveUpdates liveUpdates, LiveForms liveForms, Timeline timeline, CommentService comments,
             BusinessCalendar calendar, List<DealPanel> panels) {
        this.deals = deals;
        this.actions = actions;
        this.currentUser = currentUser;
        this.stages = stages;
        this.processes = processes;
        this.users = users;
        this.organisation = organisation;
        this.liveUpdates = liveUpdates;
        this.liveForms = liveForms;
        this.timeline = timeline;
        this.comments = comments;
        this.calendar = calendar;
        this.panels = panels.stream().sorted(Comparator.comparingInt(DealPanel::order)).toList();
        addClassName("deal-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A deal outside the user's part of the company is "not found", exactly like a missing one.
        Optional<DealDetails> found = event.getRouteParameters().getLong("id").flatMap(deals::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build(found.get());
    }

    @Override
    public String getPageTitle() {
        return deal == null ? getTranslation("nav.deals") : deal.name();
    }

    private void build(DealDetails details) {
        // The router keeps this view when another deal is opened from it (a link, a notification): all that belonged
        // to the previous deal goes, its live form and subscriptions too (listening ends when their owner detaches).
        removeAll();
        VerticalLayout shown = new VerticalLayout();
        shown.setPadding(false);
        add(shown);
        deal = details;
        process = processes.current();
        choices = deals.choices(details.id());
        DealForm form = new DealForm(details, users.activeUsers(), organisation.tree(), deals.competitors(),
                deals.page(new DealFilter("", null, details.accountId(), null, null), Pageable.ofSize(200))
                        .getContent());
        form.allow(choices);
        LiveForm<DealDetails> shared = liveForms.open(shown, DealTopics.DEAL.topic(details.id()), form.fields(),
                details, DealDetails::version, () -> deals.find(details.id()));
        shared.onRecord(this::show);
        header = new DealHeader(shared.avatars());
        path = new StagePath();
        outcomes = new OutcomeButtons(stages, deals::competitors, calendar::today, this::show);
        gate = new GatePanel(stages, this::show);

        VerticalLayout main = new VerticalLayout(gate,
                section("deal.next-step", form.nextStep(), saveButton("save-next-step", shared, form)),
                new ActionItemsSection(actions, liveUpdates, liveForms, currentUser, details.id(), choices.mayEdit()),
                new DeliverablesSection(stages, liveUpdates, details.id(), choices.mayEdit()),
                section("deal.tab.details", form, saveButton("save-deal", shared, form)),
                new PhaseLinks(details.id(), deals.phases(details.id()), process));
        main.setPadding(false);
        main.addClassName("deal-main");
        panels.stream().filter(p -> p.slot() == DealPanel.Slot.SECTION)
                .forEach(panel -> main.add(section(panel.labelKey(), panel.create(details.id()))));
        TabSheet tabs = new TabSheet();
        tabs.addClassName("deal-tabs");
        tabs.add(getTranslation("deal.tab.comments"), new CommentsThread(comments, liveUpdates, DealTopics.DEAL,
                details.id()));
        tabs.add(getTranslation("deal.tab.activity"), new ActivityTimeline(timeline, liveUpdates, DealTopics.DEAL,
                details.id()));
        panels.stream().filter(p -> p.slot() == DealPanel.Slot.TAB)
                .forEach(panel -> tabs.add(getTranslation(panel.labelKey()), panel.create(details.id())));
        FlexLayout columns = new FlexLayout(main, tabs);
        columns.addClassName("deal-columns");
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        shown.add(header, path, outcomes, columns);
        // Ticks leave the version alone, so the shared form would not notice them: the page follows the deal too
        // (its action items announce themselves on the deal's topic as well; their section follows those).
        liveUpdates.subscribe(shown, DealTopics.DEAL.topic(details.id()), changes -> {
            if (changes.stream().anyMatch(change -> change.is(DealTopics.DEAL))) {
                reload();
            }
        });
        liveUpdates.subscribe(shown, DealTopics.SALES_PROCESS.topic(SalesProcessService.ID), changes -> {
            process = processes.current();
            reload();
        });
        show(details);
    }

    /** The deal's fields are one shared form; its two parts (next step, details) each have a save button. */
    private Button saveButton(String id, LiveForm<DealDetails> shared, DealForm form) {
        Button save = new Button(getTranslation("action.save"), e -> shared.save(
                version -> deals.update(deal.id(), form.input(version)),
                saved -> Notifications.success("deal.saved", saved.name())));
        save.setId(id);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setVisible(choices.mayEdit());
        return save;
    }

    private Div section(String labelKey, Component... content) {
        Div section = new Div(new H3(getTranslation(labelKey)));
        section.add(content);
        section.addClassName("deal-section");
        return section;
    }

    private void reload() {
        deals.find(deal.id()).ifPresent(this::show);
    }

    private void show(DealDetails details) {
        deal = details;
        header.show(details);
        path.show(details, process, ChronoUnit.DAYS.between(details.stageSince(), calendar.today()));
        gate.show(details, process, choices.mayEdit(), choices.mayOverride());
        outcomes.show(details, choices.mayEdit());
    }
}
