package com.headpin.stakeholders.internal;

import com.headpin.shared.BaseEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A win result on one buying influence of a deal: a catalogue entry or the team's own words, with a note. The table's
 * foreign key removes it with its influence (ON DELETE CASCADE), whichever service removes the influence.
 */
@Entity
@Audited
@Table(name = "personal_win_results")
public class PersonalWinResultRow extends BaseEntity {

    public static final int TEXT_MAX_LENGTH = 200;
    public static final int NOTE_MAX_LENGTH = 500;

    @Column(name = "deal_id", nullable = false, updatable = false)
    private long dealId;
    @Column(name = "influence_id", nullable = false)
    private long influenceId;
    @Column(name = "win_result_id", updatable = false)
    private @Nullable Long winResultId;
    @Column(name = "own_text", length = TEXT_MAX_LENGTH, updatable = false)
    private @Nullable String ownText;
    @Column(length = NOTE_MAX_LENGTH)
    private @Nullable String note;

    protected PersonalWinResultRow() {
    }

    private PersonalWinResultRow(long dealId, long influenceId, @Nullable Long winResultId, @Nullable String ownText,
                                 @Nullable String note) {
        this.dealId = dealId;
        this.influenceId = influenceId;
        this.winResultId = winResultId;
        this.ownText = ownText;
        this.note = note;
    }

    public static PersonalWinResultRow standard(long dealId, long influenceId, long winResultId) {
        return new PersonalWinResultRow(dealId, influenceId, winResultId, null, null);
    }

    public static PersonalWinResultRow own(long dealId, long influenceId, String text, @Nullable String note) {
        return new PersonalWinResultRow(dealId, influenceId, null, text, note);
    }

    public long getDealId() {
        return dealId;
    }

    public long getInfluenceId() {
        return influenceId;
    }

    public void setInfluenceId(long influenceId) {
        this.influenceId = influenceId;
    }

    public @Nullable Long getWinResultId() {
        return winResultId;
    }

    public @Nullable String getOwnText() {
        return ownText;
    }

    public @Nullable String getNote() {
        return note;
    }
}
