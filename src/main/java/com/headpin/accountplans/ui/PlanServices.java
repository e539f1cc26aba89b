package com.headpin.accountplans.ui;

import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.PlanItemService;
import com.headpin.accounts.ContactService;
import com.headpin.accountplans.CustomerYear;
import com.headpin.collaboration.CommentService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

/** What the account plan tab needs, in one injectable piece. */
@Component
class PlanServices {

    final AccountPlanService plans;
    final PlanItemService items;
    final ContactService contacts;
    final UserAccountService users;
    final LiveUpdates liveUpdates;
    final LiveForms liveForms;
    final CustomerYear customerYear;
    final CurrentUser currentUser;
    final Timeline timeline;
    final CommentService comments;
    final BusinessCalendar calendar;

    PlanServices(AccountPlanService plans, PlanItemService items, ContactService contacts, UserAccountService users, LiveUpdates liveUpdates,
                 LiveForms liveForms, CustomerYear customerYear, CurrentUser currentUser,
                 Timeline timeline, CommentService comments, BusinessCalendar calendar) {
        this.plans = plans;
        this.items = items;
        this.contacts = contacts;
        this.users = users;
        this.liveUpdates = liveUpdates;
        this.liveForms = liveForms;
        this.customerYear = customerYear;
        this.currentUser = currentUser;
        this.timeline = timeline;
        this.comments = comments;
        this.calendar = calendar;
    }
}
