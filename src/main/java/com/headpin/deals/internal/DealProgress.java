package com.headpin.deals.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.headpin.deals.DeliverableState;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import org.hibernate.annotations.OptimisticLock;
import org.hibernate.envers.NotAudited;

/**
 * A deal's work through its stages: the exit criteria ticked and the deliverables marked done or not needed. Each
 * tick is a fact of its own (criterion met or not): ticking never turns an open deal form stale, and two people
 * ticking different criteria both keep theirs; so neither counts in the deal's version or history.
 */
@Embeddable
public class DealProgress {

    @NotAudited
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "deal_checked_criteria", joinColumns = @JoinColumn(name = "deal_id"))
    @Column(name = "criterion_id", nullable = false)
    private Set<Long> checkedCriteria = new LinkedHashSet<>();

    // Absent: to do.
    @NotAudited
    @OptimisticLock(excluded = true)
    @ElementCollection
    @CollectionTable(name = "deal_deliverables", joinColumns = @JoinColumn(name = "deal_id"))
    @MapKeyColumn(name = "deliverable_id")
    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private Map<Long, DeliverableState> deliverables = new HashMap<>();

    public void check(Collection<Long> criterionIds, boolean checked) {
        if (checked) {
            checkedCriteria.addAll(criterionIds);
        } else {
            checkedCriteria.removeAll(criterionIds);
        }
    }

    public void mark(long deliverableId, DeliverableState state) {
        if (state == DeliverableState.TO_DO) {
            deliverables.remove(deliverableId);
        } else {
            deliverables.put(deliverableId, state);
        }
    }

    public Set<Long> checkedCriteria() {
        return Set.copyOf(checkedCriteria);
    }

    public Map<Long, DeliverableState> deliverables() {
        return Map.copyOf(deliverables);
    }
}
