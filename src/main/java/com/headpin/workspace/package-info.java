/**
 * The app shell (navigation, user menu, language and theme) and the home view that other modules add widgets to.
 */
@NullMarked
@ApplicationModule(displayName = "Workspace")
package com.headpin.workspace;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
