package com.headpin.deals.internal;

import com.headpin.deals.Deliverable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One document of the proposal stage's list. */
@Entity
@Table(name = "sales_deliverables")
public class DeliverableRow extends ListedLine {

    public static final int NAME_MAX_LENGTH = 200;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    protected DeliverableRow() {
    }

    public DeliverableRow(String name, int sortOrder) {
        super(sortOrder);
        this.name = name;
    }

    @Override
    public String text() {
        return name;
    }

    public Deliverable toDeliverable() {
        return new Deliverable(requireId(), name);
    }
}
