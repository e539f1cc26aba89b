package com.headpin.forecast.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingNoteRepository extends JpaRepository<MeetingNoteRow, Long> {

    List<MeetingNoteRow> findByMeetingIdOrderByCreatedAtAscIdAsc(long meetingId);
}
