package com.headpin.collaboration;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first thing a stopping node does (SIGTERM, a deploy, a rolling restart): live delivery to this node's UIs
 * ends, then its users leave presence, which now reaches only the other nodes. Without it, updates queued while the
 * node stopped ran when Tomcat ended the sessions — after the Spring context had closed — and every handler failed.
 */
@Component
class LiveDeliveryShutdown implements SmartLifecycle {

    private final UiSubscriptions subscriptions;
    private final Presence presence;
    private volatile boolean running;

    LiveDeliveryShutdown(UiSubscriptions subscriptions, Presence presence) {
        this.subscriptions = subscriptions;
        this.presence = presence;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        subscriptions.stopDelivery();
        presence.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The last phase to start is the first to stop: before the web server's graceful shutdown and everything else. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE;
    }
}
