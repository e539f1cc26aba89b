package com.headpin.stakeholders;

import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;

/** The record types and topics of the stakeholders module, for publishers and subscribers alike. */
public final class StakeholderTopics {

    /** One buying influence (a contact's part in one deal): its own topic for the form that edits it. */
    public static final RecordType INFLUENCE = RecordType.of("buying-influence");
    /**
     * Everything about one deal's people (influences, win results, red flags, contact log): every change in this
     * module is also announced on {@code DEAL_PEOPLE.topic(dealId)}, so the deal page's panels follow it.
     */
    public static final RecordType DEAL_PEOPLE = RecordType.of("deal-people");
    /**
     * One contact-log entry: announced on the deal's topic ({@link #ofDeal}) when logged on a deal, and always on its
     * account's ({@code AccountTopics.ACCOUNT.topic(accountId)}), which the account page's contact log follows.
     */
    public static final RecordType CONTACT_LOG = RecordType.of("contact-log");

    /** A standard win result of the company's catalogue; every change is also announced on {@link #WIN_RESULTS}. */
    public static final RecordType WIN_RESULT = RecordType.of("win-result");
    /** The catalogue of standard win results as a whole (its settings page and every exercise's pool). */
    public static final Topic WIN_RESULTS = Topic.of("win-results");
    /** A win result on one buying influence; announced on {@link #ofDeal(long)} as well. */
    public static final RecordType PERSONAL_WIN_RESULT = RecordType.of("personal-win-result");
    /** The win-results exercise of a deal, by deal id: only for presence (who has the exercise open). */
    public static final RecordType WIN_RESULTS_EXERCISE = RecordType.of("win-results-exercise");
    /** One influence line of the relationship map ("listens to", between two contacts of an account). */
    public static final RecordType INFLUENCE_LINE = RecordType.of("influence-line");
    /**
     * The influence lines of one account: they belong to the account, so a change is announced on
     * {@code ACCOUNT_LINES.topic(accountId)} too and the maps of all its deals follow it.
     */
    public static final RecordType ACCOUNT_LINES = RecordType.of("account-influence-lines");

    private StakeholderTopics() {
    }

    /** Topic of the people of one deal (see {@link #DEAL_PEOPLE}). */
    public static Topic ofDeal(long dealId) {
        return DEAL_PEOPLE.topic(dealId);
    }

    /** Topic of the influence lines of one account (see {@link #ACCOUNT_LINES}). */
    public static Topic linesOfAccount(long accountId) {
        return ACCOUNT_LINES.topic(accountId);
    }
}
