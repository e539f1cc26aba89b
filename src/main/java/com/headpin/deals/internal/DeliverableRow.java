package com.headpin.deals.internal;

import com.headpin.deals.Deliverable;
import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One document of the proposal stage's list. Removed ones are kept inactive for the deals that tracked them. */
@Entity
@Table(name = "sales_deliverables")
public class DeliverableRow extends BaseEntity implements TextLines.Line {

    public static final int NAME_MAX_LENGTH = 200;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";
    @Column(nullable = false)
    private boolean active = true;

    protected DeliverableRow() {
    }

    public DeliverableRow(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
    }

    @Override
    public String text() {
        return name;
    }

    @Override
    public boolean isActive() {
        return active;
    }

    @Override
    public void keep(int sortOrder) {
        this.sortOrder = sortOrder;
        this.active = true;
    }

    @Override
    public void retire() {
        this.active = false;
    }

    public Deliverable toDeliverable() {
        return new Deliverable(requireId(), name);
    }
}
