package com.headpin.deals.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * The one row of the sales process (id 1, created by migration V17 with the defaults; never inserted here). Every
 * save sets who saved it and when, so its version moves with any change of the stages, effort, criteria or
 * deliverables: the one version the settings form works on.
 */
@Entity
@Table(name = "sales_process")
public class SalesProcessRow extends BaseEntity {

    public static final long ID = 1;
    public static final int STAGE_NAME_MAX_LENGTH = 60;

    @Column(name = "prospecting_weeks", nullable = false)
    private int prospectingWeeks;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;
    @Column(name = "updated_by")
    private @Nullable Long updatedBy;
    @Column(name = "no_contact_flag_days", nullable = false)
    private int noContactFlagDays = 30;

    @ElementCollection
    @CollectionTable(name = "sales_process_stages", joinColumns = @JoinColumn(name = "process_id"))
    private List<StageRow> stages = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "sales_process_effort", joinColumns = @JoinColumn(name = "process_id"))
    private Set<EffortRow> effort = new HashSet<>();

    protected SalesProcessRow() {
    }

    public int getProspectingWeeks() {
        return prospectingWeeks;
    }

    public int getNoContactFlagDays() {
        return noContactFlagDays;
    }

    /** Days without contact with a key decision maker before a red flag ([Stakeholders]). */
    public void setNoContactFlagDays(int noContactFlagDays) {
        this.noContactFlagDays = noContactFlagDays;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public @Nullable Long getUpdatedBy() {
        return updatedBy;
    }

    /** The stages in order, 1 to 6. */
    public List<StageRow> getStages() {
        return stages.stream().sorted(Comparator.comparingInt(StageRow::stageNo)).toList();
    }

    public Set<EffortRow> getEffort() {
        return Set.copyOf(effort);
    }

    public void apply(int prospectingWeeks, Collection<StageRow> stages, Collection<EffortRow> effort,
                      Instant now, long by) {
        this.prospectingWeeks = prospectingWeeks;
        this.stages.clear();
        this.stages.addAll(stages);
        this.effort.clear();
        this.effort.addAll(effort);
        this.updatedAt = now;
        this.updatedBy = by;
    }
}
