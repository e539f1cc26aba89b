package com.headpin.forecast.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingActionRepository extends JpaRepository<MeetingActionRow, Long> {

    List<MeetingActionRow> findByMeetingIdOrderById(long meetingId);
}
