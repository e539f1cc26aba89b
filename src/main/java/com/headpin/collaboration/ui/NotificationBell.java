package com.headpin.collaboration.ui;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.NotificationService;
import com.headpin.collaboration.NotificationItem;
import com.headpin.shared.Actor;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;

/**
 * The bell in the app shell: unread notifications, counted and listed live, each translated here into the user's
 * language under the name of its record; each is a link to the record's page. Opening a page, by the bell or any
 * other way, marks the notifications that lead there read: the bell lives in the shell, so it hears every
 * navigation and no record view needs to do anything.
 */
public class NotificationBell extends Composite<Div> implements AfterNavigationObserver {

    private final NotificationService notifications;
    private final Button bell = new Button(VaadinIcon.BELL_O.create());
    private final Span count = new Span();
    private final Div list = new Div();
    private final Popover popover = new Popover();

    public NotificationBell(NotificationService notifications, LiveUpdates liveUpdates) {
        this.notifications = notifications;
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        bell.setAriaLabel(getTranslation("notifications.title"));
        count.setId("notification-count");
        count.addClassName("notification-count");
        list.setId("notification-list");
        list.addClassName("notification-list");
        Button readAll = new Button(getTranslation("notifications.read-all"), e -> {
            notifications.markAllRead();
            refresh();
        });
        readAll.setId("notifications-read-all");
        readAll.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        popover.setTarget(bell);
        popover.add(new Span(getTranslation("notifications.title")), list, readAll);
        getContent().addClassName("notification-bell");
        getContent().add(bell, count, popover);
        refresh();
        long me = Actor.current().map(Actor::userId).orElse(0L);
        liveUpdates.subscribe(this, NotificationService.topicOf(me), changes -> refresh());
    }

    private void refresh() {
        long unread = notifications.unreadCount();
        count.setText(unread == 0 ? "" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setTooltipText(getTranslation("notifications.unread", unread));
        list.removeAll();
        if (unread == 0) {
            list.add(new Paragraph(getTranslation("notifications.none")));
        }
        for (NotificationItem n : notifications.unread(20, getLocale())) {
            list.add(item(n));
        }
    }

    /**
     * A real link (it can be opened in a new tab too): the router opens the page and the navigation marks it read;
     * the click marks it read as well, for a page that is not the record's own (the users list).
     */
    private Anchor item(NotificationItem n) {
        Anchor item = new Anchor();
        if (!n.link().isEmpty()) {
            item.setHref(n.link());
        }
        item.addClassName("notification-item");
        item.setId("notification-" + n.id());
        if (!n.recordName().isEmpty()) {
            Span record = new Span(n.recordName());
            record.addClassName("notification-record");
            item.add(record);
        }
        Span text = new Span(getTranslation(n.messageKey(), n.arguments().toArray()));
        text.addClassName("notification-text");
        item.add(text);
        item.getElement().addEventListener("click", e -> {
            notifications.markRead(n.id());
            popover.close();
            refresh();
        });
        return item;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (notifications.markReadAt(event.getLocation().getPath())) {
            refresh();
        }
    }
}
