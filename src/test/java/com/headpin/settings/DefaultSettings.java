package com.headpin.settings;

import java.time.DayOfWeek;
import java.time.Month;

import com.headpin.security.SystemAuthentication;

/** Puts the demo company's settings back (tests share one database): Asia/Shanghai, January, CNY, Monday. */
public final class DefaultSettings {

    private DefaultSettings() {
    }

    public static void restore(CompanySettingsService settings) {
        SystemAuthentication.runAsAdmin(() -> {
            CompanySettings now = settings.forEditing();
            settings.update(new CompanySettingsChanges(now.version(), "Asia/Shanghai", Month.JANUARY, "CNY",
                    DayOfWeek.MONDAY));
        });
    }
}
