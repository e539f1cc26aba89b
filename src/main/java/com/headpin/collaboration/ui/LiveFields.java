package com.headpin.collaboration.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValue;

/**
 * The fields of a shared form with the values they were loaded with. When another user saves, untouched fields take
 * the new value at once; a field this user is editing keeps the edit and shows a conflict marker instead.
 * On a stale save it lists what the other user changed, for {@link ConflictDialog}.
 */
public class LiveFields {

    private record Tracked(String label, HasValue<?, Object> field, Function<Object, String> text) {
    }

    private final Map<String, Tracked> fields = new LinkedHashMap<>();
    /** Values when the form was loaded (or last saved by this user): what a stale save is compared with. */
    private final Map<String, Object> loaded = new LinkedHashMap<>();
    /** The newest saved values this form knows of. */
    private final Map<String, Object> latest = new LinkedHashMap<>();

    @SuppressWarnings("unchecked")
    public <V> LiveFields track(String name, String label, HasValue<?, V> field, Function<V, String> text) {
        fields.put(name, new Tracked(label, (HasValue<?, Object>) field, value -> text.apply((V) value)));
        loaded.put(name, field.getValue());
        latest.put(name, field.getValue());
        return this;
    }

    /** The values as now saved, after this user's own save. */
    public void loaded(Map<String, Object> values) {
        values.forEach((name, value) -> {
            if (fields.containsKey(name)) {
                loaded.put(name, value);
                latest.put(name, value);
                clearConflict(name);
            }
        });
    }

    /**
     * Another user saved {@code saved}: fields this user has not touched take the new values; edited fields keep
     * the edit and are marked. Returns the names of marked fields.
     */
    public List<String> savedByOther(Map<String, Object> saved, String otherUser) {
        List<String> marked = new ArrayList<>();
        saved.forEach((name, theirs) -> {
            Tracked tracked = fields.get(name);
            if (tracked == null || Objects.equals(latest.get(name), theirs)) {
                return;
            }
            Object mine = tracked.field().getValue();
            if (Objects.equals(mine, latest.get(name)) || Objects.equals(mine, theirs)) {
                tracked.field().setValue(theirs);
                clearConflict(name);
            } else {
                markConflict(name, tracked, theirs, otherUser);
                marked.add(name);
            }
            latest.put(name, theirs);
        });
        return marked;
    }

    /**
     * The fields both users changed differently: the newer saved version ({@code current}) differs from what this
     * form was loaded with, and so does this user's edit, and the two are not the same.
     */
    public List<FieldConflict> changedSinceLoaded(Map<String, Object> current) {
        List<FieldConflict> conflicts = new ArrayList<>();
        current.forEach((name, theirs) -> {
            Tracked tracked = fields.get(name);
            if (tracked == null) {
                return;
            }
            Object mine = tracked.field().getValue();
            Object base = loaded.get(name);
            if (!Objects.equals(base, theirs) && !Objects.equals(base, mine) && !Objects.equals(mine, theirs)) {
                conflicts.add(new FieldConflict(name, tracked.label(), tracked.text().apply(theirs),
                        tracked.text().apply(mine)));
            }
        });
        return conflicts;
    }

    /**
     * A save met a newer version ({@code theirs}): fields only the other user changed are taken over, and where
     * both changed a field the user chooses in a {@link ConflictDialog}. Then {@code saveAgain} runs, which saves on
     * top of the newer version. Nothing is overwritten without the user seeing it.
     */
    public void resolveStale(String otherUser, Map<String, Object> theirs, Runnable saveAgain) {
        // Fields this user left alone simply take the other user's value, whether or not its live update came yet.
        theirs.forEach((name, value) -> {
            Tracked tracked = fields.get(name);
            if (tracked != null && Objects.equals(tracked.field().getValue(), loaded.get(name))
                    && !Objects.equals(value, loaded.get(name))) {
                tracked.field().setValue(value);
                clearConflict(name);
            }
        });
        List<FieldConflict> conflicts = changedSinceLoaded(theirs);
        if (conflicts.isEmpty()) {
            loaded.putAll(theirs);
            saveAgain.run();
            return;
        }
        // Cancelling the dialog changes nothing: the next save asks again.
        new ConflictDialog(otherUser, conflicts, keepTheirs -> {
            loaded.putAll(theirs);
            keepTheirs.forEach(name -> takeTheirs(name, theirs.get(name)));
            saveAgain.run();
        }).open();
    }

    /** Puts the saved value into the field (the user chose theirs in the conflict dialog). */
    public void takeTheirs(String name, Object theirs) {
        Tracked tracked = fields.get(name);
        if (tracked != null) {
            tracked.field().setValue(theirs);
            clearConflict(name);
        }
    }

    public boolean isConflicted(String name) {
        Tracked tracked = fields.get(name);
        return tracked != null && ((Component) tracked.field()).getElement().hasAttribute("data-conflict");
    }

    private void markConflict(String name, Tracked tracked, Object theirs, String otherUser) {
        Component field = (Component) tracked.field();
        field.getElement().setAttribute("data-conflict", "");
        if (field instanceof HasHelper helper) {
            helper.setHelperText(field.getTranslation("conflict.marker", otherUser, tracked.text().apply(theirs)));
        }
    }

    private void clearConflict(String name) {
        Tracked tracked = fields.get(name);
        if (tracked != null) {
            Component field = (Component) tracked.field();
            if (field.getElement().hasAttribute("data-conflict")) {
                field.getElement().removeAttribute("data-conflict");
                if (field instanceof HasHelper helper) {
                    helper.setHelperText(null);
                }
            }
        }
    }
}
