package com.headpin.accountplans.ui;

import java.util.List;
import java.util.Optional;

import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.PlanDetails;
import com.headpin.accountplans.PlanItemService;
import com.headpin.accountplans.PlanPermissions;
import com.headpin.accountplans.PlanStatus;
import com.headpin.accountplans.PlanTopics;
import com.headpin.accounts.ContactService;
import com.headpin.planning.CompanyCalendarService;
import com.headpin.collaboration.CommentService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.ui.WhileShown;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.ui.ActivityTimeline;
import com.headpin.collaboration.ui.CommentsThread;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.shared.BusinessCalendar;
import com.headpin.shared.Dates;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.jspecify.annotations.Nullable;

/**
 * The strategic account plan of one year, worked on together: narrative, whitespace matrix, goals, action items,
 * relationship plan and the customer's year; submitted for review by its editors and reviewed by a director
 * ({@link PlanReviewButtons}), copied forward to next year. Offers only what {@link AccountPlanService#permissions}
 * allows: read-only without it, the review only to the account's managers.
 */
class AccountPlanPanel extends Composite<VerticalLayout> {

    private final AccountPlanService plans;
    private final PlanItemService planItems;
    private final ContactService contacts;
    private final UserAccountService users;
    private final LiveUpdates liveUpdates;
    private final LiveForms liveForms;
    private final CompanyCalendarService calendarPeriods;
    private final CurrentUser currentUser;
    private final Timeline timeline;
    private final CommentService comments;
    private final BusinessCalendar calendar;
    private final long accountId;
    private final Select<Integer> year = new Select<>();
    private final Span status = new Span();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final Div body = new Div();
    private final PlanPermissions permissions;
    private final PlanReviewButtons reviewButtons;
    private @Nullable PlanDetails plan;
    private @Nullable WhitespaceEditor whitespace;
    private @Nullable PlanItemsSection items;

    AccountPlanPanel(AccountPlanService plans, PlanItemService planItems, ContactService contacts,
                     UserAccountService users, LiveUpdates liveUpdates, LiveForms liveForms,
                     CompanyCalendarService calendarPeriods, CurrentUser currentUser, Timeline timeline,
                     CommentService comments, BusinessCalendar calendar, long accountId) {
        this.plans = plans;
        this.planItems = planItems;
        this.contacts = contacts;
        this.users = users;
        this.liveUpdates = liveUpdates;
        this.liveForms = liveForms;
        this.calendarPeriods = calendarPeriods;
        this.currentUser = currentUser;
        this.timeline = timeline;
        this.comments = comments;
        this.calendar = calendar;
        this.accountId = accountId;
        this.permissions = plans.permissions(accountId);
        this.reviewButtons = new PlanReviewButtons(plans, permissions, this::showSaved, this::refresh);
        year.setId("plan-year");
        year.setLabel(getTranslation("plan.year"));
        year.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                load(e.getValue());
            }
        });
        status.setId("plan-status");
        HorizontalLayout header = new HorizontalLayout(year, status, actions);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        body.setWidthFull();
        getContent().setPadding(false);
        getContent().add(header, body);
        List<Integer> years = plans.years(accountId);
        load(years.isEmpty() ? calendar.today().getYear() : years.getFirst());
        // Someone else's new plan or change shows up here too.
        liveUpdates.subscribe(this, PlanTopics.ofAccount(accountId), changes -> refresh());
        WhileShown.reloadWhenShown(this, this::refresh);
    }

    private void load(@Nullable Integer chosenYear) {
        int shown = chosenYear == null ? calendar.today().getYear() : chosenYear;
        List<Integer> years = plans.years(accountId);
        year.setItems(years.contains(shown) ? years : concat(years, shown));
        year.setValue(shown);
        Optional<PlanDetails> found = plans.plan(accountId, shown);
        body.removeAll();
        actions.removeAll();
        if (found.isEmpty()) {
            plan = null;
            status.setText("");
            Button create = new Button(getTranslation("plan.create", shown), e -> create(shown));
            create.setId("plan-create");
            create.addThemeVariants(ButtonVariant.PRIMARY);
            create.setVisible(permissions.mayEdit());
            body.add(new Paragraph(getTranslation("plan.none", shown)), create);
            return;
        }
        show(found.get());
    }

    /** Builds the plan's sections (once per plan shown): the header actions, the live narrative, the rest. */
    private void show(PlanDetails details) {
        plan = details;
        showStatus(details);
        PlanNarrativeForm narrative = new PlanNarrativeForm();
        LiveForm<PlanDetails> shared = liveForms.open(narrative,
                PlanTopics.PLAN.topic(details.id()), narrative.fields(), details,
                PlanDetails::version, () -> Optional.of(plans.plan(details.id())));
        shared.onRecord(saved -> {
            plan = saved;
            showStatus(saved);
        });
        Button copy = new Button(getTranslation("plan.copy-forward", details.year() + 1), e -> copyForward());
        copy.setId("plan-copy-forward");
        copy.setVisible(permissions.mayEdit());
        actions.removeAll();
        actions.add(shared.avatars(), copy, reviewButtons);
        Button saveNarrative = new Button(getTranslation("action.save"), e -> shared.save(version ->
                plans.saveNarrative(details.id(), version, narrative.narrative()),
                saved -> Notifications.success("plan.saved")));
        saveNarrative.setId("plan-save-narrative");
        saveNarrative.addThemeVariants(ButtonVariant.PRIMARY);
        saveNarrative.setVisible(permissions.mayEdit());
        if (!permissions.mayEdit()) {
            narrative.fields().readOnly();
        }
        whitespace = new WhitespaceEditor(permissions.mayEdit(), (offerings, units, cells) -> {
            try {
                showSaved(plans.saveWhitespace(plan.id(), plan.version(), offerings, units, cells));
            } catch (StaleDataException stale) {
                Notifications.error("plan.stale");
                refresh();
            }
        });
        whitespace.show(details);
        items = new PlanItemsSection(planItems, contacts, users, currentUser, permissions.mayEdit());
        items.show(details);
        body.removeAll();
        body.add(section("plan.section.position", new VerticalLayout(narrative, saveNarrative)),
                section("plan.section.whitespace", whitespace),
                section("plan.section.items", items),
                section("plan.section.customer-year", new CustomerYearStrip(calendarPeriods, details.year(),
                        details.actions())),
                section("account.tab.comments", new CommentsThread(comments, liveUpdates,
                        PlanTopics.PLAN, details.id())),
                section("account.tab.activity", new ActivityTimeline(timeline, liveUpdates,
                        PlanTopics.PLAN, details.id())));
    }

    /** Reloads after someone's change; the narrative follows its record by itself (LiveForm). */
    private void refresh() {
        Optional<PlanDetails> fresh = plan == null ? Optional.empty() : plans.plan(accountId, plan.year());
        if (fresh.isEmpty()) {
            load(year.getValue());
            return;
        }
        showSaved(fresh.get());
    }

    /** A newer state of the plan shown: status, whitespace and items follow; nothing is rebuilt. */
    private void showSaved(PlanDetails details) {
        plan = details;
        showStatus(details);
        if (whitespace != null) {
            whitespace.show(details);
        }
        if (items != null) {
            items.show(details);
        }
    }

    private void create(int forYear) {
        try {
            plans.create(accountId, forYear);
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().values().forEach(Notifications::error);
        }
        load(forYear);
    }

    private void copyForward() {
        if (plan == null) {
            return;
        }
        try {
            PlanDetails next = plans.copyForward(plan.id());
            Notifications.success("plan.copied", next.year());
            load(next.year());
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().values().forEach(Notifications::error);
        }
    }

    /** The status badge, and the review flow's buttons that fit the status. */
    private void showStatus(PlanDetails details) {
        reviewButtons.show(details);
        if (details.status() == PlanStatus.REVIEWED && details.reviewedAt() != null) {
            badge("success", getTranslation("plan.reviewed-by", details.reviewedByName(), Dates.format(
                    calendar.dateOf(details.reviewedAt()), getLocale())));
        } else if (details.status() == PlanStatus.SUBMITTED && details.submittedAt() != null) {
            badge("primary", getTranslation("plan.submitted-by", details.submittedByName(), Dates.format(
                    calendar.dateOf(details.submittedAt()), getLocale())));
        } else {
            badge(null, getTranslation(details.status().labelKey()));
        }
    }

    private void badge(@Nullable String variant, String text) {
        status.setText(text);
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add("badge");
        if (variant != null) {
            status.getElement().getThemeList().add(variant);
        }
    }

    private static Details section(String titleKey, com.vaadin.flow.component.Component content) {
        Details details = new Details(content.getTranslation(titleKey), content);
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    private static List<Integer> concat(List<Integer> years, int extra) {
        java.util.ArrayList<Integer> all = new java.util.ArrayList<>(years);
        all.add(extra);
        all.sort(java.util.Comparator.reverseOrder());
        return all;
    }
}
