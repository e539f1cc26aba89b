/**
 * The people behind a deal's decision (domain notes, section 5): buying influences with their roles, influence,
 * attitude and coverage, their personal win results and the team's win-results exercise, the account's relationship
 * map, red flags and strengths (manual and computed), and the contact log. Everything hangs off a deal (seen by whoever
 * may see the deal) or an account's contacts; the deal page shows it through {@code deals.DealPanel}.
 */
@NullMarked
@ApplicationModule(displayName = "Stakeholders")
package com.headpin.stakeholders;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
