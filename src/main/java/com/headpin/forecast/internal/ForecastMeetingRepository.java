package com.headpin.forecast.internal;

import java.util.Collection;
import java.util.List;

import com.headpin.forecast.MeetingStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ForecastMeetingRepository extends JpaRepository<ForecastMeeting, Long> {

    List<ForecastMeeting> findByUnitIdInOrderByStartedAtDesc(Collection<Long> unitIds);

    boolean existsByUnitIdAndPeriodKeyAndStatus(long unitId, String periodKey, MeetingStatus status);

    /** The presenter's position; leaves the version alone (see {@link ForecastMeeting}). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ForecastMeeting m set m.shownRepId = :rep, m.shownDealId = :deal where m.id = :id")
    int show(@Param("id") long id, @Param("rep") @Nullable Long repId, @Param("deal") @Nullable Long dealId);
}
