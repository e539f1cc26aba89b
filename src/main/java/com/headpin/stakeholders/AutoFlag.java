package com.headpin.stakeholders;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An automatic red flag raised now on a deal: the rule, the person it is about (with their name) and, for the
 * contact rule, the days since the last contact. Shown as {@code rule.labelKey()} with name and days.
 */
public record AutoFlag(AutoFlagRule rule, @Nullable Long contactId, @Nullable String contactName,
                       @Nullable Long daysWithoutContact, Instant raisedAt) {
}
