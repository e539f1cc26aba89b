/** Demo company and users for the embedded default; later modules extend the same seeder. */
@NullMarked
@ApplicationModule(displayName = "Demo data")
package com.headpin.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
