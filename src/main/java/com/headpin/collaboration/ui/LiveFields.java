package com.headpin.collaboration.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * What a shared form's fields hold against what is saved. A field the user is in or has changed is never replaced
 * by another user's save: their value is shown beside it (with a button to take it), and a field left unchanged
 * takes it when the user leaves. Untouched fields take others' saves at once. On a stale save, fields only the
 * other user changed are taken over and a {@link ConflictDialog} asks where both changed a field.
 */
final class LiveFields<R> {

    static final String CONFLICT_ATTRIBUTE = "data-conflict";

    private final FormFields<R> table;
    private final Map<String, FormFields.Field<R>> fields = new LinkedHashMap<>();
    /** What the form last put into each field: a field whose value differs was changed by the user. */
    private final Map<String, @Nullable Object> shown = new LinkedHashMap<>();
    /** The newest saved value of each field this form knows of. */
    private final Map<String, @Nullable Object> latest = new LinkedHashMap<>();
    private final Set<String> focused = new HashSet<>();
    /** The fields showing another user's value beside them, and who saved it. */
    private final Map<String, Span> markers = new LinkedHashMap<>();
    private final Map<String, String> markedBy = new LinkedHashMap<>();

    LiveFields(FormFields<R> table, R saved) {
        this.table = table;
        table.live().forEach(field -> {
            fields.put(field.name(), field);
            if (FormFields.reportsFocus(field.component())) {
                ((FocusNotifier<?>) field.component()).addFocusListener(e -> focused.add(field.name()));
                ((BlurNotifier<?>) field.component()).addBlurListener(e -> left(field.name()));
            }
        });
        saved(saved);
    }

    /** The record as saved by this user (or first loaded): every field shows it, nothing is pending. */
    void saved(R record) {
        table.values(record).forEach(this::take);
        latest.putAll(shown);
    }

    /** Another user saved {@code record}: untouched fields take it, the others show it beside them. */
    void savedByOther(R record, String otherUser) {
        table.values(record).forEach((name, theirs) -> {
            if (Objects.equals(latest.get(name), theirs)) {
                return;
            }
            latest.put(name, theirs);
            if (Objects.equals(value(name), theirs) || (!edited(name) && !focused.contains(name))) {
                take(name, theirs);
            } else {
                mark(name, otherUser, theirs);
            }
        });
    }

    /**
     * A save met a newer version, {@code current}: fields the user left alone take it, and where both changed a
     * field the user chooses in a {@link ConflictDialog}. Then {@code saveAgain} runs on top of the newer version.
     * Cancelling the dialog changes nothing: the next save asks again.
     */
    void resolveStale(String otherUser, R current, Runnable saveAgain) {
        Map<String, @Nullable Object> theirs = table.values(current);
        latest.putAll(theirs);
        List<FieldConflict> conflicts = new ArrayList<>();
        theirs.forEach((name, value) -> {
            if (!edited(name) || Objects.equals(value(name), value)) {
                take(name, value);
            } else if (!Objects.equals(shown.get(name), value)) {
                FormFields.Field<R> field = fields.get(name);
                conflicts.add(new FieldConflict(name, field.component().getTranslation(field.labelKey()),
                        field.text().apply(value), field.text().apply(value(name))));
            }
        });
        if (conflicts.isEmpty()) {
            saveAgain.run();
            return;
        }
        new ConflictDialog(otherUser, conflicts, keepTheirs -> {
            theirs.forEach((name, value) -> {
                if (keepTheirs.contains(name)) {
                    take(name, value);
                } else {
                    // The user has seen their value and kept this one: the next stale save need not ask again.
                    shown.put(name, value);
                    unmark(name);
                }
            });
            saveAgain.run();
        }).open();
    }

    private void left(String name) {
        focused.remove(name);
        if (markers.containsKey(name)) {
            if (edited(name)) {
                mark(name, markedBy.get(name), latest.get(name));
            } else {
                take(name, latest.get(name));
            }
        }
    }

    private boolean edited(String name) {
        return !Objects.equals(value(name), shown.get(name));
    }

    private @Nullable Object value(String name) {
        return fields.get(name).value().getValue();
    }

    private void take(String name, @Nullable Object value) {
        FormFields.Field<R> field = fields.get(name);
        if (field == null) {
            return;
        }
        if (!Objects.equals(field.value().getValue(), value)) {
            field.value().setValue(value);
        }
        shown.put(name, value);
        unmark(name);
    }

    /** Their value beside the field: below it, in place of the helper text, with a button to take it. */
    private void mark(String name, String otherUser, @Nullable Object theirs) {
        FormFields.Field<R> field = fields.get(name);
        Component component = field.component();
        Span marker = new Span(component.getTranslation(edited(name) ? "conflict.marker" : "conflict.pending",
                otherUser, field.text().apply(theirs)));
        marker.addClassName("conflict-marker");
        Button take = new Button(component.getTranslation("conflict.use-theirs"), e -> take(name, latest.get(name)));
        take.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        take.addClassName("conflict-take");
        marker.add(take);
        component.getElement().setAttribute(CONFLICT_ATTRIBUTE, "");
        if (component instanceof HasHelper helper) {
            helper.setHelperComponent(marker);
        }
        markers.put(name, marker);
        markedBy.put(name, otherUser);
    }

    private void unmark(String name) {
        Span marker = markers.remove(name);
        markedBy.remove(name);
        if (marker == null) {
            return;
        }
        Component component = fields.get(name).component();
        component.getElement().removeAttribute(CONFLICT_ATTRIBUTE);
        if (component instanceof HasHelper helper && helper.getHelperComponent() == marker) {
            helper.setHelperComponent(null);
        }
    }
}
