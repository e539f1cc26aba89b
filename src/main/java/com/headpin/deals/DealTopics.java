package com.headpin.deals;

import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;

/** The record types and topics of deals, for publishers and subscribers alike. */
public final class DealTopics {

    public static final RecordType DEAL = RecordType.of("deal");
    /**
     * An action item of a deal: its own topic for the form that edits it; every change is also announced on its
     * deal's topic, so the deal page follows its items.
     */
    public static final RecordType DEAL_ACTION = RecordType.of("deal-action");
    /** The company's sales process (one record, {@link SalesProcessService#ID}). */
    public static final RecordType SALES_PROCESS = RecordType.of("sales-process");
    /** Any deal created or changed in a way lists show (stage, amount, owner, outcome, name). */
    public static final Topic LIST = Topic.of("deals");
    /** Any deal changed in a way the war-room board shows (lanes, cards, weighted amounts). */
    public static final Topic BOARD = Topic.of("deal-board");
    /** Any deal's action item added, changed or removed (Home's "needs attention" counts overdue ones). */
    public static final Topic ACTIONS = Topic.of("deal-actions");

    private DealTopics() {
    }
}
