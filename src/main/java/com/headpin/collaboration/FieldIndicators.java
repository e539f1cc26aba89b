package com.headpin.collaboration;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.headpin.shared.Actor;
import com.headpin.shared.Topic;
import com.vaadin.flow.component.BlurNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.FocusNotifier;
import com.vaadin.flow.shared.Registration;
import org.springframework.stereotype.Service;

/**
 * Shows in a shared form which field another user is in: the field gets that user's colour and name (like a field
 * highlighter). Focus and blur travel over the bus and are never stored.
 */
@Service
public class FieldIndicators {

    static final String EDITOR_ATTRIBUTE = "data-editor";

    private final CollaborationBus bus;
    private final UiSubscriptions subscriptions;
    private final Codec codec;

    FieldIndicators(CollaborationBus bus, UiSubscriptions subscriptions, Codec codec) {
        this.bus = bus;
        this.subscriptions = subscriptions;
        this.codec = codec;
    }

    /**
     * Announces focus on {@code fields} (name → field) of the form {@code owner} for {@code topic}, and marks the
     * fields others are in. Stops with the owner's detach; leaving clears this user's marks on the others' screens.
     */
    public Registration attach(Component owner, Topic topic, Map<String, ? extends Component> fields) {
        Actor me = Actor.current().orElseThrow(() -> new IllegalStateException("Field indicators need a user"));
        String uiKey = UUID.randomUUID().toString();
        Map<String, Boolean> focused = new ConcurrentHashMap<>();
        fields.forEach((name, component) -> {
            if (!(component instanceof FocusNotifier<?> focusable) || !(component instanceof BlurNotifier<?> blurable)) {
                throw new IllegalArgumentException("Field " + name + " does not report focus");
            }
            focusable.addFocusListener(e -> {
                focused.put(name, true);
                send(topic, new FieldFocus(name, me.userId(), me.fullName(), PresentUser.colorOf(me.userId()), true,
                        uiKey));
            });
            blurable.addBlurListener(e -> {
                focused.remove(name);
                send(topic, new FieldFocus(name, me.userId(), me.fullName(), PresentUser.colorOf(me.userId()),
                        false, uiKey));
            });
        });
        Registration live = subscriptions.subscribe(owner, Envelope.FOCUS, topic,
                e -> codec.read(e.body(), FieldFocus.class), batch -> batch.stream()
                        .filter(focus -> !focus.uiKey().equals(uiKey))
                        .forEach(focus -> {
                            Component field = fields.get(focus.field());
                            if (field != null) {
                                mark(field, focus);
                            }
                        }));
        Registration leave = owner.addDetachListener(e -> {
            focused.keySet().forEach(name -> send(topic, new FieldFocus(name, me.userId(), me.fullName(),
                    PresentUser.colorOf(me.userId()), false, uiKey)));
            focused.clear();
        });
        return () -> {
            live.remove();
            leave.remove();
        };
    }

    private void send(Topic topic, FieldFocus focus) {
        bus.publish(Envelope.FOCUS, topic, codec.write(focus));
    }

    private static void mark(Component field, FieldFocus focus) {
        if (focus.focused()) {
            field.getElement().setAttribute(EDITOR_ATTRIBUTE, focus.name());
            field.getElement().getStyle().set("--headpin-editor-color",
                    "var(--vaadin-user-color-" + focus.colorIndex() + ")");
        } else if (focus.name().equals(field.getElement().getAttribute(EDITOR_ATTRIBUTE))) {
            field.getElement().removeAttribute(EDITOR_ATTRIBUTE);
            field.getElement().getStyle().remove("--headpin-editor-color");
        }
    }
}
