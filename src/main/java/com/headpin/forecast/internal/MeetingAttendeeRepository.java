package com.headpin.forecast.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingAttendeeRepository extends JpaRepository<MeetingAttendeeRow, Long> {

    List<MeetingAttendeeRow> findByMeetingIdOrderByJoinedAt(long meetingId);

    boolean existsByMeetingIdAndUserId(long meetingId, long userId);

    long countByMeetingId(long meetingId);
}
