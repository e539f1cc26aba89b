package com.headpin.collaboration.ui;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import com.headpin.collaboration.FieldIndicators;
import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.Presence;
import com.headpin.security.UserTopics;
import com.headpin.shared.Topic;
import com.vaadin.flow.component.Component;

/**
 * Opens {@link LiveForm}s: inject this one bean into a view or dialog that edits a record together with others.
 * <pre>
 * LiveForm&lt;UserSummary&gt; live = liveForms.open(this, UserTopics.USER.topic(user.id()), fields, user,
 *         UserSummary::version, () -&gt; users.find(user.id()));
 * getHeader().add(live.avatars());
 * save.addClickListener(e -&gt; live.save(version -&gt; users.update(changes(version)), saved -&gt; close()));
 * </pre>
 */
@org.springframework.stereotype.Component
public class LiveForms {

    private final Presence presence;
    private final FieldIndicators indicators;
    private final LiveUpdates liveUpdates;

    LiveForms(Presence presence, FieldIndicators indicators, LiveUpdates liveUpdates) {
        this.presence = presence;
        this.indicators = indicators;
        this.liveUpdates = liveUpdates;
    }

    /**
     * Shows {@code saved} in {@code fields} and keeps them live on the record's {@code topic} while {@code owner}
     * is attached. {@code reload} reads the record as saved now (empty once deleted); {@code version} its version.
     */
    public <R> LiveForm<R> open(Component owner, Topic topic, FormFields<R> fields, R saved,
                                ToLongFunction<R> version, Supplier<Optional<R>> reload) {
        return new LiveForm<>(this, owner, topic, fields, saved, version, reload);
    }

    Presence presence() {
        return presence;
    }

    FieldIndicators indicators() {
        return indicators;
    }

    LiveUpdates liveUpdates() {
        return liveUpdates;
    }
}
