package com.headpin.collaboration;

import java.util.function.Consumer;

/** A single node: local delivery happens in the bus, so nothing leaves the process. */
class InProcessTransport implements Transport {

    @Override
    public void send(Envelope envelope) {
        // Nothing beyond this node.
    }

    @Override
    public void onReceive(Consumer<Envelope> receiver) {
        // No other nodes to hear from.
    }

    @Override
    public String name() {
        return "in-process";
    }
}
