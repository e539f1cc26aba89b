package com.headpin.resources.internal;

import java.time.LocalDate;

import com.headpin.resources.Absence;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Days a resource is away; removed with the resource (ON DELETE CASCADE). */
@Entity
@Table(name = "resource_absences")
public class ResourceAbsence extends BaseEntity {

    public static final int NOTE_MAX_LENGTH = 200;

    @Column(name = "resource_id", nullable = false, updatable = false)
    private long resourceId;
    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn = LocalDate.EPOCH;
    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn = LocalDate.EPOCH;
    @Column(length = NOTE_MAX_LENGTH)
    private @Nullable String note;

    protected ResourceAbsence() {
    }

    public ResourceAbsence(long resourceId, LocalDate startsOn, LocalDate endsOn, @Nullable String note) {
        this.resourceId = resourceId;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.note = note;
    }

    public Absence toAbsence() {
        return new Absence(requireId(), startsOn, endsOn, note);
    }

    public long getResourceId() {
        return resourceId;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
