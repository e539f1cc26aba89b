package com.headpin.scheduling;

import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.TimeZone;

import com.headpin.settings.CompanySettingsChanged;
import com.headpin.shared.BusinessCalendar;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static com.headpin.scheduling.ClusterJobs.GROUP;
import static com.headpin.scheduling.ClusterJobs.quartz;

/**
 * Puts the declared jobs into the shared job store at start-up, with cron triggers in the company's time zone, and
 * moves every trigger into the new zone when an administrator changes it. The job store is the truth for all nodes:
 * a trigger already there with the same cron and zone is kept (so is its next fire time); jobs no longer declared
 * are removed.
 */
@Component
class JobRegistrar implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(JobRegistrar.class);

    private final ClusterJobs jobs;
    private final Scheduler scheduler;
    private final BusinessCalendar calendar;
    private final TransactionTemplate transaction;

    JobRegistrar(ClusterJobs jobs, Scheduler scheduler, BusinessCalendar calendar,
                 PlatformTransactionManager transactionManager) {
        this.jobs = jobs;
        this.scheduler = scheduler;
        this.calendar = calendar;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> register(calendar.zone()));
    }

    /** In the transaction that saved the settings: the triggers move with the zone, or neither does. */
    @EventListener
    void on(CompanySettingsChanged changed) {
        if (changed.zoneChanged()) {
            register(changed.settings().zone());
        }
    }

    private void register(ZoneId zone) {
        Set<JobKey> declared = new HashSet<>();
        jobs.all().forEach((name, job) -> {
            JobKey key = JobKey.jobKey(name, GROUP);
            declared.add(key);
            Trigger existing = quartz(() -> scheduler.getTrigger(TriggerKey.triggerKey(name, GROUP)));
            if (existing instanceof CronTrigger cron && cron.getCronExpression().equals(job.cron())
                    && cron.getTimeZone().toZoneId().equals(zone)) {
                return;
            }
            JobDetail detail = JobBuilder.newJob(ClusterJobRunner.class).withIdentity(key).storeDurably().build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity(name, GROUP).forJob(key)
                    .withSchedule(CronScheduleBuilder.cronSchedule(job.cron()).inTimeZone(TimeZone.getTimeZone(zone))
                            // Missed while every node was down: run once when a node is back, then keep the cron.
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build();
            quartz(() -> {
                scheduler.scheduleJob(detail, Set.of(trigger), true);
                return null;
            });
            log.info("Scheduled job {} on '{}' in {}", name, job.cron(), zone);
        });
        for (JobKey stored : quartz(() -> scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP)))) {
            if (!declared.contains(stored)) {
                quartz(() -> scheduler.deleteJob(stored));
                log.info("Removed scheduled job {}: no longer declared", stored.getName());
            }
        }
    }
}
