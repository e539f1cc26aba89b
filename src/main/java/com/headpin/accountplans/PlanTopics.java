package com.headpin.accountplans;

import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;

/** The record types and topics of account plans, for publishers and subscribers alike. */
public final class PlanTopics {

    public static final RecordType PLAN = RecordType.of("account-plan");

    /** Any plan of any account changed (status, items): the managers' home card of plans to review listens here. */
    public static final Topic ANY = Topic.of("account-plans");

    /** Any plan of the account changed: the panel that lists them listens here. */
    public static Topic ofAccount(long accountId) {
        return Topic.of("account-plans:" + accountId);
    }

    private PlanTopics() {
    }
}
