package com.headpin.stakeholders;

/**
 * The red flags computed from a deal's data (open deals only). Stored by name: never rename one in use. Rules about
 * one person carry that person's contact.
 */
public enum AutoFlagRule {
    /** Nobody guides us inside the account. */
    NO_COACH,
    /** No key decision maker named yet (before the proposal). */
    NO_DECISION_MAKER,
    /** At the proposal or later and still no key decision maker. */
    LATE_NO_DECISION_MAKER,
    /** A key decision maker nobody on our side has met. */
    DECISION_MAKER_NEVER_MET,
    /** A key decision maker not contacted for longer than the company allows (sales process setting). */
    DECISION_MAKER_NOT_CONTACTED,
    /** A technical gatekeeper who is a sceptic or an opponent. */
    NEGATIVE_GATEKEEPER,
    /** A buying influence whose personal win results nobody has recorded. */
    UNKNOWN_WIN_RESULTS;

    /** The i18n key of the plain-language reason; arguments: the person's name, the days without contact. */
    public String labelKey() {
        return "redflag.rule." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The i18n key of the notification to the deal's owner; arguments: deal name, person, days. */
    public String notificationKey() {
        return "notifications.red-flag." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
