package com.headpin.deals.internal;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A line of a settings list (an exit criterion, a deliverable): its place in the list, and whether it is still on
 * it. Removed lines stay, inactive, so what deals recorded against them keeps its meaning.
 */
@MappedSuperclass
public abstract class ListedLine extends BaseEntity implements TextLines.Line {

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(nullable = false)
    private boolean active = true;

    protected ListedLine() {
    }

    protected ListedLine(int sortOrder) {
        this.sortOrder = sortOrder;
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
}
