/**
 * Users, roles, log-in (with throttling) and the current user. Other modules use {@link com.headpin.security.CurrentUser}
 * and {@link com.headpin.security.UserAccountService}.
 */
@NullMarked
@ApplicationModule(displayName = "Security")
package com.headpin.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
