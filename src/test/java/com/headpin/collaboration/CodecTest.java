package com.headpin.collaboration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Nodes of two versions read each other's envelopes during a rolling upgrade. */
class CodecTest {

    private final Codec codec = new Codec();

    @Test
    void anEnvelopeFromAnOlderNodeWithoutItsSendTimeIsRead() {
        Envelope envelope = codec.read("{\"kind\":\"change\",\"topic\":\"user:7\",\"node\":\"n1\",\"body\":\"{}\"}",
                Envelope.class);
        assertThat(envelope.topic()).isEqualTo("user:7");
        assertThat(envelope.sentAt()).isZero();
    }

    @Test
    void anEnvelopeFromANewerNodeWithFieldsThisOneDoesNotKnowIsRead() {
        Envelope envelope = codec.read("{\"kind\":\"change\",\"topic\":\"user:7\",\"node\":\"n1\",\"body\":\"{}\","
                + "\"sentAt\":1764550000000,\"priority\":\"high\"}", Envelope.class);
        assertThat(envelope.kind()).isEqualTo(Envelope.CHANGE);
        assertThat(envelope.sentAt()).isEqualTo(1764550000000L);
    }
}
