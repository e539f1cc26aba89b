package com.headpin.scheduling;

import com.headpin.shared.SystemWork;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Quartz runs for every {@link ClusterJob}: finds the bean by the job's name and runs it as the system
 * administrator. Created per run by Spring (Boot's job factory), so it gets its dependencies injected.
 */
@DisallowConcurrentExecution
class ClusterJobRunner implements Job {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobRunner.class);

    private final ClusterJobs jobs;
    // Not SystemAuthentication itself: security contributes jobs (log-in attempt pruning), so it cannot be below us.
    private final SystemWork system;

    ClusterJobRunner(ClusterJobs jobs, SystemWork system) {
        this.jobs = jobs;
        this.system = system;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String name = context.getJobDetail().getKey().getName();
        ClusterJob job = jobs.find(name).orElse(null);
        if (job == null) {
            // Declared on another node only (a rolling upgrade): that node's start-up registered it.
            log.warn("Scheduled job {} is not declared on this node; skipped", name);
            return;
        }
        try {
            system.runAsSystem(job::run);
        } catch (RuntimeException e) {
            // Logged here, not rethrown: Quartz would log it again and the schedule goes on either way.
            log.error("Scheduled job {} failed", name, e);
        }
    }
}
