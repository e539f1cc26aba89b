package com.headpin.settings;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * This node's copy of the settings, read on every "today": kept in memory and read again from the database once it
 * is older than {@code headpin.settings.refresh}. A save on this node replaces it after the commit; other nodes
 * read the saved row within the refresh time. Re-reading needs no bus, so a change made while Redis is away still
 * reaches every node.
 */
@Component
class SettingsCache {

    private record Snapshot(CompanySettings settings, Instant loadedAt) {
    }

    private final SettingsRepository repository;
    private final Clock clock;
    private final SettingsProperties properties;
    private final AtomicReference<@Nullable Snapshot> snapshot = new AtomicReference<>();

    SettingsCache(SettingsRepository repository, Clock clock, SettingsProperties properties) {
        this.repository = repository;
        this.clock = clock;
        this.properties = properties;
    }

    CompanySettings current() {
        Snapshot held = snapshot.get();
        Instant now = clock.instant();
        // A clock set back (tests reset theirs) counts as expired too.
        if (held != null && !now.isBefore(held.loadedAt()) && now.isBefore(held.loadedAt().plus(properties.refresh()))) {
            return held.settings();
        }
        CompanySettings fresh = read();
        // A save committed while we were reading has put newer settings in: those stay.
        snapshot.compareAndSet(held, new Snapshot(fresh, now));
        return fresh;
    }

    /** Reads the row again (an administrator opening the settings always sees the saved ones). */
    CompanySettings reload() {
        CompanySettings fresh = read();
        snapshot.set(new Snapshot(fresh, clock.instant()));
        return fresh;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CompanySettingsChanged saved) {
        snapshot.set(new Snapshot(saved.settings(), clock.instant()));
    }

    private CompanySettings read() {
        return repository.findById(SettingsRow.ID).map(SettingsRow::toSettings)
                .orElseThrow(() -> new IllegalStateException("The company_settings row is missing (migration V9)"));
    }
}
