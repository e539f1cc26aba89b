package com.headpin.targeting.internal;

import com.headpin.targeting.Showcase;
import com.headpin.targeting.ShowcaseKind;

import java.time.LocalDate;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One piece of showcase evidence for a head-pin account: what, when, and where to see it. */
@Entity
@Table(name = "showcase_items")
public class ShowcaseItem extends BaseEntity {

    public static final int EVIDENCE_URL_MAX_LENGTH = 500;

    @Column(name = "account_id", nullable = false)
    private long accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ShowcaseKind kind = ShowcaseKind.CASE_STUDY;
    @Column(name = "achieved_on")
    private @Nullable LocalDate achievedOn;
    @Column(name = "evidence_url", length = EVIDENCE_URL_MAX_LENGTH)
    private @Nullable String evidenceUrl;
    @Column(length = 500)
    private @Nullable String note;

    protected ShowcaseItem() {
    }

    public ShowcaseItem(long accountId, ShowcaseKind kind, @Nullable LocalDate achievedOn, @Nullable String evidenceUrl,
                 @Nullable String note) {
        this.accountId = accountId;
        this.kind = kind;
        this.achievedOn = achievedOn;
        this.evidenceUrl = evidenceUrl;
        this.note = note;
    }

    public long getAccountId() {
        return accountId;
    }

    public Showcase toShowcase() {
        return new Showcase(idOrZero(), getVersion(), accountId, kind, achievedOn, evidenceUrl, note);
    }
}
