package com.headpin.collaboration;

import java.util.function.Consumer;

/** Carries envelopes to the other nodes. The in-process transport has none to carry them to. */
interface Transport {

    void send(Envelope envelope);

    /** Envelopes from other nodes (and possibly this node's own echoes). */
    void onReceive(Consumer<Envelope> receiver);

    String name();
}
