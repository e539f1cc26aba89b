package com.headpin.collaboration.ui;

import java.util.List;
import java.util.function.Predicate;

import com.headpin.collaboration.Change;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.shared.Topic;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * For what shows a record in a tab (or a dialog): it loads when shown (attached) and follows the record's changes
 * from then on. A tab sheet attaches a tab's content only when the tab is first selected (and then keeps it,
 * hidden): content that loaded with the page would show the record as it was then, having listened to nothing.
 * Loading on attach means a tab is never stale when shown, and a tab never shown costs nothing.
 * {@code WhileShown.follow(this, liveUpdates, topic, changes -> true, this::reload)} in the constructor, instead of
 * loading there.
 */
public final class WhileShown {

    private WhileShown() {
    }

    public static Registration follow(Component owner, LiveUpdates liveUpdates, Topic topic,
                                      Predicate<List<Change>> relevant, Runnable load) {
        // Listening starts on attach before the load below, so nothing saved in between is missed.
        Registration live = liveUpdates.subscribe(owner, topic, changes -> {
            if (relevant.test(changes)) {
                load.run();
            }
        });
        Registration shown = owner.addAttachListener(e -> load.run());
        if (owner.isAttached()) {
            load.run();
        }
        return () -> {
            live.remove();
            shown.remove();
        };
    }

    /**
     * For content that loads in its constructor and subscribes itself: it reads the record again when attached, so
     * a tab selected long after the page opened is not stale.
     */
    public static Registration reloadWhenShown(Component owner, Runnable reload) {
        return owner.addAttachListener(e -> reload.run());
    }
}
