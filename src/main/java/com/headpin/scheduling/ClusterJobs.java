package com.headpin.scheduling;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.quartz.CronExpression;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registered {@link ClusterJob}s: when each runs next, and running one now (on whichever node picks it up).
 * Calls join the caller's transaction, as the job store shares the app's database.
 */
@Service
@Transactional
public class ClusterJobs {

    /** Quartz group of Headpin's jobs and triggers. */
    static final String GROUP = "headpin";
    private static final int MAX_NAME_LENGTH = 150;

    private final Map<String, ClusterJob> jobs = new LinkedHashMap<>();
    private final Scheduler scheduler;

    ClusterJobs(ObjectProvider<ClusterJob> declared, Scheduler scheduler) {
        this.scheduler = scheduler;
        for (ClusterJob job : declared.orderedStream().toList()) {
            String name = job.name();
            if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
                throw new IllegalStateException("Job name must be 1 to " + MAX_NAME_LENGTH + " characters: " + job);
            }
            if (!CronExpression.isValidExpression(job.cron())) {
                throw new IllegalStateException("Job " + name + " has no valid Quartz cron: " + job.cron());
            }
            if (jobs.putIfAbsent(name, job) != null) {
                throw new IllegalStateException("Two scheduled jobs are named " + name);
            }
        }
    }

    /** The next run of a job, in the time zone its trigger is in (the company's); empty for an unknown job. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<ZonedDateTime> nextRun(String name) {
        Trigger trigger = quartz(() -> scheduler.getTrigger(TriggerKey.triggerKey(name, GROUP)));
        if (trigger == null || trigger.getNextFireTime() == null) {
            return Optional.empty();
        }
        ZoneId zone = trigger instanceof org.quartz.CronTrigger cron ? cron.getTimeZone().toZoneId() : ZoneId.of("UTC");
        return Optional.of(trigger.getNextFireTime().toInstant().atZone(zone));
    }

    /** Runs a job once, now, on one node of the cluster (the schedule stays as it is). */
    @PreAuthorize("hasRole('ADMIN')")
    public void runNow(String name) {
        if (!jobs.containsKey(name)) {
            throw new IllegalArgumentException("No scheduled job named " + name);
        }
        quartz(() -> {
            scheduler.triggerJob(JobKey.jobKey(name, GROUP));
            return null;
        });
    }

    Map<String, ClusterJob> all() {
        return jobs;
    }

    Optional<ClusterJob> find(String name) {
        return Optional.ofNullable(jobs.get(name));
    }

    interface QuartzCall<T> {
        T call() throws SchedulerException;
    }

    static <T> T quartz(QuartzCall<T> call) {
        try {
            return call.call();
        } catch (SchedulerException e) {
            throw new IllegalStateException("The job store refused: " + e.getMessage(), e);
        }
    }
}
