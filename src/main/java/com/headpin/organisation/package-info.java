/**
 * The sales organisation (company, regions, teams) and the one visibility rule every module applies to its records.
 */
@NullMarked
@ApplicationModule(displayName = "Organisation")
package com.headpin.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
