package com.headpin.forecast.internal;

import java.util.List;

import com.headpin.shared.ActionStatus;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingActionRepository extends JpaRepository<MeetingActionRow, Long> {

    List<MeetingActionRow> findByMeetingIdOrderById(long meetingId);

    List<MeetingActionRow> findByOwnerIdAndStatusOrderByDueDateAscIdAsc(long ownerId, ActionStatus status);
}
