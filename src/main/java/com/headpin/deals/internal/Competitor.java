package com.headpin.deals.internal;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A company we meet as a competitor: one list for all deals, added to as deals name new ones. */
@Entity
@Table(name = "competitors")
public class Competitor extends BaseEntity {

    @Column(nullable = false, length = Deal.COMPANY_NAME_MAX_LENGTH)
    private String name = "";

    protected Competitor() {
    }

    public Competitor(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }
}
