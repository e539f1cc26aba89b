/**
 * Planning backwards from the quota (9-6-5-5-3-1): how many deals a rep needs, when each must close, when its
 * seminars and later stages must start around the company calendar's blackout periods, what that costs each role
 * month by month, and how the real funnel stands against it. Also the company calendar itself (Spring Festival and
 * the customer's seasons, dated per year), which the account plans' customer-year strip reads too.
 */
@NullMarked
@ApplicationModule(displayName = "Planning")
package com.headpin.planning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
