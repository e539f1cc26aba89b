/**
 * The bowling-pin strategy per industry: beachheads, head pins, look-alikes and showcase evidence.
 */
@NullMarked
@ApplicationModule(displayName = "Targeting")
package com.headpin.targeting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
