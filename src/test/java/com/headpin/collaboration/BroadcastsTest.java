package com.headpin.collaboration;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.shared.Topic;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Short-lived messages: to an open screen inside UI.access, to a service listener, of the asked type only. */
class BroadcastsTest extends KaribuTest {

    record NowShowing(long dealId, String presenter) {
    }

    record SessionEnded(long userId) {
    }

    @Autowired
    Broadcasts broadcasts;
    @Autowired
    LiveUpdates liveUpdates;

    @Test
    void anOpenScreenGetsThePayloadsOfItsTypeInsideItsUiUntilItCloses() {
        openAs("rep");
        navigate("");
        Topic meeting = Topic.of("test:meeting");
        Div presenterPanel = new Div();
        UI.getCurrent().add(presenterPanel);
        List<NowShowing> shown = new CopyOnWriteArrayList<>();
        List<Boolean> inUi = new CopyOnWriteArrayList<>();
        broadcasts.subscribe(presenterPanel, meeting, NowShowing.class, payload -> {
            inUi.add(UI.getCurrent() != null && presenterPanel.getElement().getNode().isAttached());
            shown.add(payload);
        });

        broadcasts.send(meeting, new SessionEnded(7));
        broadcasts.send(meeting, new NowShowing(42, "张敏"));
        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            assertThat(shown).containsExactly(new NowShowing(42, "张敏"));
        });
        assertThat(inUi).containsOnly(true);

        int listening = liveUpdates.busListeners();
        UI.getCurrent().remove(presenterPanel);
        assertThat(liveUpdates.busListeners()).isEqualTo(listening - 1);
    }

    @Test
    void aServiceListensOnThisNodeToItsTypeUntilItStops() {
        Topic sessions = Topic.of("test:sessions");
        List<SessionEnded> ended = new CopyOnWriteArrayList<>();
        Registration listening = broadcasts.listen(sessions, SessionEnded.class, ended::add);

        broadcasts.send(sessions, new NowShowing(1, "not for this listener"));
        broadcasts.send(sessions, new SessionEnded(5));
        // On this node the sender's thread delivers at once.
        assertThat(ended).containsExactly(new SessionEnded(5));

        listening.remove();
        broadcasts.send(sessions, new SessionEnded(6));
        assertThat(ended).containsExactly(new SessionEnded(5));
    }
}
