package com.headpin.accounts;

import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;

/** The record types and topics of accounts, for publishers and subscribers alike. */
public final class AccountTopics {

    public static final RecordType ACCOUNT = RecordType.of("account");
    /** A contact's changes go to its own topic and to its account's ({@code ACCOUNT.topic(accountId)}). */
    public static final RecordType CONTACT = RecordType.of("contact");
    public static final RecordType SCORE_CRITERION = RecordType.of("score-criterion");
    /** Any account listed, created or changed in a way lists show (tier, fit, profile). */
    public static final Topic LIST = Topic.of("accounts");
    /** The scorecard criteria changed (every fit score may have too). */
    public static final Topic CRITERIA = Topic.of("score-criteria");

    private AccountTopics() {
    }
}
