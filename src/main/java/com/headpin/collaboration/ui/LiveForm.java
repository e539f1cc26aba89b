package com.headpin.collaboration.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import com.headpin.collaboration.Change;
import com.headpin.shared.Topic;
import com.headpin.shared.Actor;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Component;

/**
 * A form on one record that several users edit at once: who else has it open ({@link #avatars()}), which field
 * they are in, their saves arriving live (never replacing what this user is in or has changed), and saves on a
 * stale version resolved field by field, then stored on top of the newer version. Open one with
 * {@link LiveForms#open}; listening ends when the owner detaches.
 */
public final class LiveForm<R> {

    /** Stores the form's input on top of {@code version} and returns the record as saved. */
    @FunctionalInterface
    public interface Store<R> {
        R save(long version);
    }

    private final Component owner;
    private final Topic topic;
    private final FormFields<R> fields;
    private final ToLongFunction<R> version;
    private final Supplier<Optional<R>> reload;
    private final LiveFields<R> live;
    private final PresenceAvatars avatars;
    private final long me = Actor.current().map(Actor::userId).orElse(0L);
    private Consumer<R> onRecord = record -> { };
    private Runnable onGone = () -> Notifications.error("conflict.gone");
    /** The version saves are made on: the one loaded, saved by this user or resolved against. */
    private long baseVersion;
    /** The newest version seen, so that this user's own save arriving live is not taken for someone else's. */
    private long newestVersion;
    /** Who else saved last, for "… just saved" and the conflict dialog; this user's own saves do not count. */
    private String lastEditor = "";

    LiveForm(LiveForms services, Component owner, Topic topic, FormFields<R> fields, R saved,
             ToLongFunction<R> version, Supplier<Optional<R>> reload) {
        this.owner = owner;
        this.topic = topic;
        this.fields = fields;
        this.version = version;
        this.reload = reload;
        this.live = new LiveFields<>(fields, saved);
        this.baseVersion = version.applyAsLong(saved);
        this.newestVersion = baseVersion;
        this.avatars = new PresenceAvatars(services.presence(), topic);
        avatars.setId(fields.idPrefix() + "-presence");
        services.indicators().attach(owner, topic, fields.focusFields());
        services.liveUpdates().subscribe(owner, topic, this::changed);
        // Hidden meanwhile (another tab), the form missed updates: it catches up when it shows again.
        owner.addAttachListener(e -> {
            if (!e.isInitialAttach()) {
                catchUp();
            }
        });
    }

    /** Everyone who has the record open, for the form's header. */
    public PresenceAvatars avatars() {
        return avatars;
    }

    /** Runs with each newer saved state: this user's saves and others' (e.g. to update a header). */
    public LiveForm<R> onRecord(Consumer<R> listener) {
        this.onRecord = listener;
        return this;
    }

    /** Runs instead of the default message when a save finds the record deleted. */
    public LiveForm<R> onGone(Runnable action) {
        this.onGone = action;
        return this;
    }

    /**
     * Saves through {@code store}: text a field could not read stops the save, refused input is shown at the fields;
     * a stale version merges what the other user saved, asks where both changed a field, and saves again on top of
     * it, the typed input kept throughout.
     */
    public void save(Store<R> store, Consumer<R> onSaved) {
        if (fields.unreadableInput()) {
            return;
        }
        R saved;
        try {
            saved = store.save(baseVersion);
        } catch (InvalidInputException invalid) {
            fields.showErrors(invalid);
            return;
        } catch (StaleDataException stale) {
            Optional<R> current = reload.get();
            if (current.isEmpty()) {
                onGone.run();
                return;
            }
            live.resolveStale(editor(), current.get(), () -> {
                newer(current.get());
                baseVersion = version.applyAsLong(current.get());
                save(store, onSaved);
            });
            return;
        }
        fields.clearErrors();
        live.saved(saved);
        newer(saved);
        baseVersion = newestVersion;
        onSaved.accept(saved);
    }

    private void changed(List<Change> changes) {
        List<Change> about = changes.stream().filter(change -> change.isAbout(topic)).toList();
        about.stream().filter(change -> change.userId() != me && !change.userName().isEmpty())
                .reduce((first, last) -> last).ifPresent(change -> lastEditor = change.userName());
        if (!about.isEmpty()) {
            catchUp();
        }
    }

    /** Shows a newer saved version, if there is one: this user's own save arriving live is not newer. */
    private void catchUp() {
        reload.get().filter(saved -> version.applyAsLong(saved) > newestVersion).ifPresent(saved -> {
            live.savedByOther(saved, editor());
            newer(saved);
        });
    }

    private void newer(R saved) {
        newestVersion = Math.max(newestVersion, version.applyAsLong(saved));
        onRecord.accept(saved);
    }

    private String editor() {
        return lastEditor.isEmpty() ? owner.getTranslation("conflict.someone") : lastEditor;
    }
}
