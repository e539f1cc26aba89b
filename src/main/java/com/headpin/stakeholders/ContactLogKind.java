package com.headpin.stakeholders;

/**
 * How we met the customer's people. Besides visits, calls and meetings a sales team counts an e-mail exchange that
 * moved something and an event (a seminar, a dinner, a trade fair) where we talked to them.
 */
public enum ContactLogKind {
    VISIT, CALL, MEETING, EMAIL, EVENT;

    public String labelKey() {
        return "contact-log.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
