package com.headpin.collaboration;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Server-side fan-out of one change to 1,000 subscribed UIs: bus dispatch, decoding the change per subscriber and
 * handing each UI's update to its own virtual thread (as {@link UiSubscriptions} does), until every subscriber
 * has it. Not a test (no assertion on time): run with
 * {@code ./mvnw test -Dgroups=bench -Dheadpin.excluded-groups=none -Dtest=FanOutBenchmark};
 * results go to bench/README.md.
 */
@Tag("bench")
class FanOutBenchmark {

    private static final int SUBSCRIBERS = 1_000;
    private static final int ROUNDS = 200;

    @Test
    void fanOutToAThousandSubscribers() throws Exception {
        CollaborationBus bus = new CollaborationBus(new InProcessTransport());
        Codec codec = new Codec();
        ExecutorService updates = Executors.newVirtualThreadPerTaskExecutor();
        Topic topic = Topic.of("bench:fan-out");
        CountDownLatch[] round = new CountDownLatch[1];
        for (int i = 0; i < SUBSCRIBERS; i++) {
            bus.subscribe(Envelope.CHANGE, topic, envelope -> {
                Change change = codec.read(envelope.body(), Change.class);
                updates.execute(() -> {
                    if (change.recordId() != null) {
                        round[0].countDown();
                    }
                });
            });
        }
        String body = codec.write(new Change(topic, "bench", 1L, java.util.Set.of("name"), 1, java.time.Instant.now()));
        List<Long> micros = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            round[0] = new CountDownLatch(SUBSCRIBERS);
            long start = System.nanoTime();
            bus.publish(Envelope.CHANGE, topic, body);
            if (!round[0].await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("fan-out did not complete");
            }
            micros.add((System.nanoTime() - start) / 1_000);
        }
        updates.shutdown();
        List<Long> measured = micros.subList(ROUNDS / 4, ROUNDS).stream().sorted().toList();
        System.out.printf("FAN-OUT %d subscribers, %d rounds after warm-up: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
                SUBSCRIBERS, measured.size(), measured.get(measured.size() / 2) / 1000.0,
                measured.get((int) (measured.size() * 0.95)) / 1000.0, measured.getLast() / 1000.0);
    }
}
