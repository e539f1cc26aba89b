package com.headpin.accounts.ui;

import com.headpin.accounts.AccountService;
import com.headpin.collaboration.CommentService;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.UserAccountService;
import org.springframework.stereotype.Component;

/** What the account screens need, in one injectable piece so that views and dialogs stay small. */
@Component
class AccountFormServices {

    final AccountService accounts;
    final UserAccountService users;
    final OrganisationService organisation;
    final LiveUpdates liveUpdates;
    final LiveForms liveForms;
    final Timeline timeline;
    final CommentService comments;

    AccountFormServices(AccountService accounts, UserAccountService users, OrganisationService organisation,
                        LiveUpdates liveUpdates, LiveForms liveForms, Timeline timeline, CommentService comments) {
        this.accounts = accounts;
        this.users = users;
        this.organisation = organisation;
        this.liveUpdates = liveUpdates;
        this.liveForms = liveForms;
        this.timeline = timeline;
        this.comments = comments;
    }
}
