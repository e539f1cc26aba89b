/**
 * The live layer every screen uses: change events after commit, subscriptions that touch the UI only inside
 * {@code UI.access}, presence, field indicators, comments, notifications and history. In-process by default;
 * Redis pub/sub carries the same messages between nodes when {@code spring.data.redis.host} is set.
 */
@NullMarked
@ApplicationModule(displayName = "Collaboration")
package com.headpin.collaboration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
