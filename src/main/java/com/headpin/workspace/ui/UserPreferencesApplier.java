package com.headpin.workspace.ui;

import java.io.Serializable;
import java.util.Locale;

import com.headpin.security.CurrentUser;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.HeadpinI18NProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/**
 * Applies the logged-in user's stored language and theme to every new UI, before any view is built. A user who
 * never chose a language gets the browser's (Chinese for any zh locale, else English), and that choice is stored.
 */
@Component
class UserPreferencesApplier implements VaadinServiceInitListener {

    /** The preferences as this session uses them; loaded once per session, updated by the switches. */
    record Preferences(Locale locale, boolean dark) implements Serializable {
    }

    private final UserAccountService users;
    private final CurrentUser currentUser;

    UserPreferencesApplier(UserAccountService users, CurrentUser currentUser) {
        this.users = users;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    void apply(UI ui) {
        if (currentUser.principal().isEmpty()) {
            return;
        }
        Preferences preferences = preferences(ui);
        ui.getSession().setLocale(preferences.locale());
        ui.setLocale(preferences.locale());
        ThemeSwitch.apply(ui, preferences.dark());
    }

    Preferences preferences(UI ui) {
        VaadinSession session = ui.getSession();
        Preferences preferences = session.getAttribute(Preferences.class);
        if (preferences == null) {
            UserSummary me = users.me();
            Locale locale = me.preferredLocale();
            if (locale == null) {
                locale = HeadpinI18NProvider.supported(browserLocale(ui));
                users.setOwnLanguage(languageTag(locale));
            }
            preferences = new Preferences(HeadpinI18NProvider.supported(locale), me.darkTheme());
            session.setAttribute(Preferences.class, preferences);
        }
        return preferences;
    }

    static void remember(UI ui, Preferences preferences) {
        ui.getSession().setAttribute(Preferences.class, preferences);
    }

    static String languageTag(Locale locale) {
        return HeadpinI18NProvider.CHINESE.equals(HeadpinI18NProvider.supported(locale)) ? "zh-CN" : "en";
    }

    private static Locale browserLocale(UI ui) {
        var request = VaadinService.getCurrentRequest();
        return request != null ? request.getLocale() : ui.getLocale();
    }
}
