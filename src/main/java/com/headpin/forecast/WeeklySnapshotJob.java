package com.headpin.forecast;

import com.headpin.scheduling.ClusterJob;
import com.headpin.shared.BusinessCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Freezes the week's forecast once across all nodes: by default at 18:00 on the eve of the forecast meeting day
 * (company settings), so the meeting discusses the numbers as they stood the evening before and next week's
 * movement starts from them; {@code headpin.forecast.snapshot-cron} sets another time. The schedule is read when
 * a node starts (and the job store keeps one trigger for all nodes).
 */
@Component
class WeeklySnapshotJob implements ClusterJob {

    private final SnapshotService snapshots;
    private final BusinessCalendar calendar;
    private final String cron;

    WeeklySnapshotJob(SnapshotService snapshots, BusinessCalendar calendar,
                      @Value("${headpin.forecast.snapshot-cron:}") String cron) {
        this.snapshots = snapshots;
        this.calendar = calendar;
        this.cron = cron;
    }

    @Override
    public String name() {
        return "forecast.weekly-snapshot";
    }

    @Override
    public String cron() {
        if (!cron.isBlank()) {
            return cron.strip();
        }
        String eve = calendar.forecastMeetingDay().minus(1).name().substring(0, 3);
        return "0 0 18 ? * " + eve;
    }

    @Override
    public void run() {
        snapshots.takeNow();
    }
}
