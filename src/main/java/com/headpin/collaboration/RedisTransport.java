package com.headpin.collaboration;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Redis pub/sub between nodes: one channel, the topic travels inside the envelope. If Redis goes away the node logs
 * it once, keeps serving its own users (local delivery never depends on Redis), and the listener container
 * resubscribes when Redis is back.
 */
class RedisTransport implements Transport {

    static final String CHANNEL = "headpin:collaboration";
    private static final Logger log = LoggerFactory.getLogger(RedisTransport.class);

    private final StringRedisTemplate redis;
    private final RedisMessageListenerContainer container;
    private final Codec codec;
    private final AtomicBoolean reachable = new AtomicBoolean(true);
    // Publishing never blocks the user's request: envelopes queue for one sender thread; while Redis is away the
    // oldest are dropped (other nodes reload when the next change arrives).
    private final ThreadPoolExecutor sender = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(10_000), runnable -> {
                Thread thread = new Thread(runnable, "headpin-redis-publisher");
                thread.setDaemon(true);
                return thread;
            }, new ThreadPoolExecutor.DiscardOldestPolicy());

    RedisTransport(StringRedisTemplate redis, RedisMessageListenerContainer container, Codec codec) {
        this.redis = redis;
        this.container = container;
        this.codec = codec;
    }

    @Override
    public void send(Envelope envelope) {
        sender.execute(() -> publish(envelope));
    }

    /** The last envelopes (this node's users leaving presence) still go out, for at most two seconds. */
    @PreDestroy
    void shutdown() throws InterruptedException {
        sender.shutdown();
        if (!sender.awaitTermination(2, TimeUnit.SECONDS)) {
            sender.shutdownNow();
        }
    }

    private void publish(Envelope envelope) {
        try {
            redis.convertAndSend(CHANNEL, codec.write(envelope));
            if (reachable.compareAndSet(false, true)) {
                log.info("Redis reachable again: changes reach the other nodes again");
            }
        } catch (RuntimeException e) {
            if (reachable.compareAndSet(true, false)) {
                log.warn("Redis unreachable ({}): local users still get live updates; other nodes will not until "
                        + "Redis is back", e.getMessage());
            }
        }
    }

    @Override
    public void onReceive(Consumer<Envelope> receiver) {
        container.addMessageListener((Message message, byte[] pattern) -> {
            try {
                receiver.accept(codec.read(new String(message.getBody(), StandardCharsets.UTF_8), Envelope.class));
            } catch (RuntimeException e) {
                log.warn("Dropped an unreadable collaboration message", e);
            }
        }, new ChannelTopic(CHANNEL));
    }

    @Override
    public String name() {
        return "redis";
    }
}
