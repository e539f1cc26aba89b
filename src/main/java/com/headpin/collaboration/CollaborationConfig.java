package com.headpin.collaboration;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Chooses the transport: Redis when {@code spring.data.redis.host} is configured, in-process otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CollaborationConfig {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("spring.data.redis.host")
    static class Redis {

        @Bean
        RedisMessageListenerContainer collaborationListenerContainer(RedisConnectionFactory connections) {
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(connections);
            // Resubscribe every 2 s while Redis is away.
            container.setRecoveryInterval(2000);
            return container;
        }

        /**
         * While Redis is away, commands fail at once instead of waiting for the timeout on a user's request
         * (presence is read and written there); Lettuce keeps reconnecting and resubscribes by itself.
         */
        @Bean
        LettuceClientOptionsBuilderCustomizer failFastWhileRedisIsAway() {
            return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        }

        @Bean
        Transport redisTransport(StringRedisTemplate redis, RedisMessageListenerContainer container, Codec codec) {
            return new RedisTransport(redis, container, codec);
        }

        @Bean
        PresenceStore redisPresenceStore(StringRedisTemplate redis, Codec codec) {
            return new RedisPresenceStore(redis, codec);
        }
    }

    @Bean
    @ConditionalOnMissingBean(Transport.class)
    Transport inProcessTransport() {
        return new InProcessTransport();
    }

    @Bean
    @ConditionalOnMissingBean(PresenceStore.class)
    PresenceStore inMemoryPresenceStore() {
        return new InMemoryPresenceStore();
    }
}
