/**
 * Strategic accounts: profiles and contacts, the ideal-customer scorecard, 20/80 tiers, bowling-pin beachheads and
 * yearly account plans. Every query applies the organisation's visibility rule.
 */
@NullMarked
@ApplicationModule(displayName = "Accounts")
package com.headpin.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
