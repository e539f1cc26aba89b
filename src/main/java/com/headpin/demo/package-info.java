/**
 * Demo data for the embedded default, one {@link com.headpin.demo.DemoData} part per module (organisation and
 * users, accounts, ...), each seeded when it is missing; a new module adds its part here.
 */
@NullMarked
@ApplicationModule(displayName = "Demo data")
package com.headpin.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
