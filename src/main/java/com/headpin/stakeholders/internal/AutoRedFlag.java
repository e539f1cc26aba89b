package com.headpin.stakeholders.internal;

import java.time.Instant;

import com.headpin.shared.BaseEntity;
import com.headpin.stakeholders.AutoFlagRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * An automatic red flag raised now (derived data, not audited: the recomputation inserts the raised ones and deletes
 * the cleared ones). Kept so the board counts in one query and a newly raised flag is told from an old one.
 */
@Entity
@Table(name = "deal_auto_red_flags")
public class AutoRedFlag extends BaseEntity {

    @Column(name = "deal_id", nullable = false, updatable = false)
    private long dealId;
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_name", nullable = false, length = 40, updatable = false)
    private AutoFlagRule rule = AutoFlagRule.NO_COACH;
    @Column(name = "contact_id", updatable = false)
    private @Nullable Long contactId;
    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt = Instant.EPOCH;

    protected AutoRedFlag() {
    }

    public AutoRedFlag(long dealId, RaisedFlag raised, Instant raisedAt) {
        this.dealId = dealId;
        this.rule = raised.rule();
        this.contactId = raised.contactId();
        this.raisedAt = raisedAt;
    }

    public long getDealId() {
        return dealId;
    }

    public AutoFlagRule getRule() {
        return rule;
    }

    public @Nullable Long getContactId() {
        return contactId;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    /** The flag's identity across recomputations: its rule and person. */
    public RaisedFlag key() {
        return new RaisedFlag(rule, contactId);
    }
}
