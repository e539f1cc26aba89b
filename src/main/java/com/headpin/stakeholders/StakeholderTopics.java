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

    private StakeholderTopics() {
    }

    /** Topic of the people of one deal (see {@link #DEAL_PEOPLE}). */
    public static Topic ofDeal(long dealId) {
        return DEAL_PEOPLE.topic(dealId);
    }
}
