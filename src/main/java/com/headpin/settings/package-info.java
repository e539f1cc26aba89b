/**
 * Company settings in one place, edited by administrators: the time zone, the fiscal-year start, the currency and
 * the weekday of the weekly forecast meeting. Supplies the {@link com.headpin.shared.BusinessCalendar} every module
 * asks for "today", and announces changes ({@link com.headpin.settings.CompanySettingsChanged}).
 */
@NullMarked
@ApplicationModule(displayName = "Company settings")
package com.headpin.settings;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
