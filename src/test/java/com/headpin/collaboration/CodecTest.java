package com.headpin.collaboration;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import com.headpin.shared.RecordChanged;
import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

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

    @Test
    void aTypedRecordChangeGoesOutAsTheSameJsonAsBeforeSoOlderNodesAndStoredNamesStillMatch() {
        Instant at = Instant.parse("2026-12-01T09:30:00Z");
        CollaborationBus bus = mock(CollaborationBus.class);
        new ChangeEvents(bus, codec, Clock.fixed(at, ZoneOffset.UTC))
                .on(RecordChanged.of(RecordType.of("account"), 42, Set.of("tier"), Topic.of("accounts")));

        ArgumentCaptor<Topic> topics = ArgumentCaptor.forClass(Topic.class);
        ArgumentCaptor<String> bodies = ArgumentCaptor.forClass(String.class);
        verify(bus, times(2)).publish(eq(Envelope.CHANGE), topics.capture(), bodies.capture());
        assertThat(topics.getAllValues()).extracting(Topic::name).containsExactly("account:42", "accounts");
        // The body the string-typed version wrote, byte for byte.
        assertThat(bodies.getAllValues().getFirst()).isEqualTo("{\"topic\":{\"name\":\"account:42\"},"
                + "\"recordType\":\"account\",\"recordId\":42,\"fields\":[\"tier\"],\"userId\":0,\"userName\":\"\","
                + "\"at\":\"2026-12-01T09:30:00Z\"}");
        assertThat(bodies.getAllValues().getLast()).isEqualTo(codec.write(
                new Change(Topic.of("accounts"), "account", 42L, Set.of("tier"), 0, "", at)));
        assertThat(codec.read(bodies.getAllValues().getFirst(), Change.class).is(RecordType.of("account"))).isTrue();
    }
}
