package com.headpin.stakeholders.internal;

import com.headpin.shared.BaseEntity;
import com.headpin.stakeholders.StandardWinResult;
import com.headpin.stakeholders.WinResultKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A standard win result of the company's catalogue, labelled in English and Chinese (one of them may be empty). */
@Entity
@Audited
@Table(name = "win_results")
public class WinResult extends BaseEntity {

    public static final int LABEL_MAX_LENGTH = 100;

    @Column(name = "label_en", nullable = false, length = LABEL_MAX_LENGTH)
    private String labelEn = "";
    @Column(name = "label_zh", nullable = false, length = LABEL_MAX_LENGTH)
    private String labelZh = "";
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WinResultKind kind = WinResultKind.PERSONAL;
    @Column(name = "sort_order", nullable = false)
    private int position;
    @Column(nullable = false)
    private boolean active = true;

    protected WinResult() {
    }

    public WinResult(int position) {
        this.position = position;
    }

    public void apply(String labelEn, String labelZh, WinResultKind kind, boolean active) {
        this.labelEn = labelEn;
        this.labelZh = labelZh;
        this.kind = kind;
        this.active = active;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public String getLabelZh() {
        return labelZh;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public boolean isActive() {
        return active;
    }

    public void deactivate() {
        active = false;
    }

    public StandardWinResult toRecord() {
        return new StandardWinResult(requireId(), getVersion(), labelEn, labelZh, kind, position, active);
    }
}
