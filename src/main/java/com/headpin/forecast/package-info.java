/**
 * The manager's four numbers (domain notes, section 3): quota, forecast, commitment and achievement per rep, team,
 * region and company for any fiscal period; the reps' own forecast calls and the managers' adjustments (raw and
 * adjusted both kept); weekly snapshots with their movement and accuracy; and the live weekly forecast meeting.
 * Deal figures come from {@code deals.DealFigures}, grouped in the database; who is in whose numbers follows the
 * organisation tree.
 */
@NullMarked
@ApplicationModule(displayName = "Forecast")
package com.headpin.forecast;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
