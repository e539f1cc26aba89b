/**
 * Yearly strategic account plans: goals, actions, relationships, whitespace, review and narrative, with the
 * customer's year beside them. A plan belongs to an account and is seen by whoever may see that account.
 */
@NullMarked
@ApplicationModule(displayName = "Account plans")
package com.headpin.accountplans;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
