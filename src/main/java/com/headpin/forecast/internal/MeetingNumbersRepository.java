package com.headpin.forecast.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingNumbersRepository extends JpaRepository<MeetingNumbersRow, Long> {

    List<MeetingNumbersRow> findByMeetingIdOrderById(long meetingId);
}
