/**
 * Deals through the six-stage funnel: the company's sales process (stages, probabilities, typical durations,
 * conversion ratios, exit criteria, deliverables, effort per role), deals with their team, competitors, partners and
 * phases, stage gates, and the dated deal history. A deal is seen by its owner, its team, the managers above it and
 * its deal team (organisation's visibility rule with participants).
 */
@NullMarked
@ApplicationModule(displayName = "Deals")
package com.headpin.deals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
