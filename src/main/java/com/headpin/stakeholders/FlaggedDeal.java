package com.headpin.stakeholders;

import java.time.Instant;

import com.headpin.deals.DealSummary;
import org.jspecify.annotations.Nullable;

/**
 * One open red flag on a deal, for a list across deals (the home card): automatic ({@code rule} set, with the person
 * and days) or manual ({@code text} and {@code category} set).
 */
public record FlaggedDeal(DealSummary deal, @Nullable AutoFlagRule rule, @Nullable String contactName,
                          @Nullable Long daysWithoutContact, @Nullable FlagCategory category, @Nullable String text,
                          Instant raisedAt) {
}
