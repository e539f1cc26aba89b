package com.headpin.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short, translated feedback after an action. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String key, Object... params) {
        show(NotificationVariant.SUCCESS, key, params);
    }

    public static void error(String key, Object... params) {
        show(NotificationVariant.ERROR, key, params);
    }

    private static void show(NotificationVariant variant, String key, Object... params) {
        String text = UI.getCurrent() != null ? UI.getCurrent().getTranslation(key, params) : key;
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_END);
        notification.addThemeVariants(variant);
    }
}
