package com.headpin.shared;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.jspecify.annotations.Nullable;

/**
 * What every action item stores, whatever it belongs to (an account plan, a deal): its title, owner, due date and
 * status, in columns {@code title}, {@code owner_id}, {@code due_date} and {@code status}. An audited subclass lists
 * these with {@code @AuditOverride(forClass = ActionItemEntity.class)}.
 */
@MappedSuperclass
public abstract class ActionItemEntity extends BaseEntity {

    public static final int TITLE_MAX_LENGTH = 300;

    @Column(nullable = false, length = TITLE_MAX_LENGTH)
    private String title = "";
    @Column(name = "owner_id", nullable = false)
    private long ownerId;
    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    /** Takes checked input: the title is stored without surrounding blanks. */
    protected void set(String title, long ownerId, @Nullable LocalDate dueDate, ActionStatus status) {
        this.title = title.strip();
        this.ownerId = ownerId;
        this.dueDate = dueDate;
        this.status = status;
    }

    public String getTitle() {
        return title;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public @Nullable LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    /** Not done and past its due date ({@code today} from {@link BusinessCalendar#today()}). */
    public boolean isOverdue(LocalDate today) {
        return status.overdue(dueDate, today);
    }
}
