package com.headpin.accountplans.ui;

import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.PlanItemService;
import com.headpin.accounts.AccountTab;
import com.headpin.accounts.ContactService;
import com.headpin.planning.CompanyCalendarService;
import com.headpin.collaboration.CommentService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.shared.BusinessCalendar;
import com.vaadin.flow.component.Component;

/**
 * The plan tab of an account's page: an extension-point bean, so it is injected with what the plan panel and its
 * sections use and hands that on as constructor arguments.
 */
@org.springframework.stereotype.Component
class PlanTab implements AccountTab {

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

    PlanTab(AccountPlanService plans, PlanItemService planItems, ContactService contacts, UserAccountService users,
            LiveUpdates liveUpdates, LiveForms liveForms, CompanyCalendarService calendarPeriods,
            CurrentUser currentUser, Timeline timeline, CommentService comments, BusinessCalendar calendar) {
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
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String labelKey() {
        return "account.tab.plan";
    }

    @Override
    public Component create(long accountId) {
        return new AccountPlanPanel(plans, planItems, contacts, users, liveUpdates, liveForms, calendarPeriods,
                currentUser, timeline, comments, calendar, accountId);
    }
}
