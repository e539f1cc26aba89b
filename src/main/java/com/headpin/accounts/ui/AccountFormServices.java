package com.headpin.accounts.ui;

import com.headpin.accounts.AccountService;
import com.headpin.collaboration.CommentService;
import com.headpin.collaboration.FieldIndicators;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Presence;
import com.headpin.collaboration.Timeline;
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
    final Presence presence;
    final FieldIndicators indicators;
    final Timeline timeline;
    final CommentService comments;

    AccountFormServices(AccountService accounts, UserAccountService users, OrganisationService organisation,
                        LiveUpdates liveUpdates, Presence presence, FieldIndicators indicators, Timeline timeline,
                        CommentService comments) {
        this.accounts = accounts;
        this.users = users;
        this.organisation = organisation;
        this.liveUpdates = liveUpdates;
        this.presence = presence;
        this.indicators = indicators;
        this.timeline = timeline;
        this.comments = comments;
    }
}
