package com.headpin.accountplans;

import java.util.HashSet;
import java.util.Set;

import com.headpin.accountplans.internal.AccountPlan;
import com.headpin.accounts.AccountRecordAccess;
import com.headpin.accounts.AccountRef;
import com.headpin.accounts.AccountService;
import com.headpin.collaboration.NotificationRequest;
import com.headpin.collaboration.Notifier;
import com.headpin.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Tells who waits on a plan's review: a submitted plan its account's managers (the directors above it), a reviewed
 * one whoever submitted it and the account's owner. Runs inside the calling service's transaction; the link opens
 * the account's plan tab.
 */
@Component
class PlanReviewNotices {

    private final Notifier notifier;
    private final AccountRecordAccess accountAccess;
    private final AccountService accounts;
    private final CurrentUser currentUser;

    PlanReviewNotices(Notifier notifier, AccountRecordAccess accountAccess, AccountService accounts,
                      CurrentUser currentUser) {
        this.notifier = notifier;
        this.accountAccess = accountAccess;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    void submitted(AccountPlan plan) {
        notifier.notify(accountAccess.managers(plan.getAccountId()), about(plan, "notifications.plan-submitted"));
    }

    void reviewed(AccountPlan plan) {
        Set<Long> recipients = new HashSet<>();
        if (plan.getSubmittedBy() != null) {
            recipients.add(plan.getSubmittedBy());
        }
        accounts.find(plan.getAccountId()).ifPresent(account -> recipients.add(account.ownerId()));
        notifier.notify(recipients, about(plan, "notifications.plan-reviewed"));
    }

    private NotificationRequest about(AccountPlan plan, String key) {
        String account = accounts.ref(plan.getAccountId()).map(AccountRef::name).orElse("?");
        return NotificationRequest.about(PlanTopics.PLAN, plan.requireId(), link(plan.getAccountId()), key,
                currentUser.require().fullName(), account, plan.getYear());
    }

    /** The account's page with its plan tab selected. */
    static String link(long accountId) {
        return "accounts/" + accountId + "/plan";
    }
}
