package com.headpin.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * The id and optimistic-lock version every versioned entity has (columns {@code id BIGINT AUTO_INCREMENT} and
 * {@code version BIGINT}). Envers always keeps the id in the history; the version never belongs there. No
 * equals/hashCode: entities compare by identity, as they did before.
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    @NotAudited
    private long version;

    /** {@code null} until the first save. */
    public @Nullable Long getId() {
        return id;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " not saved yet");
        }
        return id;
    }

    /** The id, or 0 before the first save (records that show a template not stored yet). */
    protected long idOrZero() {
        return id == null ? 0 : id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * Refuses a command made from an older copy: the version the caller loaded must be the stored one. A save that
     * passes here but loses a race at flush or commit is turned into the same exception by {@link LockFailures}.
     */
    public void checkVersion(long expected) {
        if (version != expected) {
            throw new StaleDataException(getClass().getSimpleName() + " " + id + " changed since it was loaded"
                    + " (version " + expected + ", now " + version + ")");
        }
    }
}
