package com.headpin.scheduling;

/**
 * A job that runs on a schedule once across all nodes. Declare it as a Spring bean; it is registered at start-up
 * and runs as the system administrator ({@code SystemAuthentication.runAsAdmin}), so secured services work. Ask the
 * {@code BusinessCalendar} for "today" inside {@link #run()}.
 *
 * <pre>{@code
 * @Component
 * class WeeklySnapshotJob implements ClusterJob {
 *     public String name() { return "forecast.weekly-snapshot"; }
 *     public String cron() { return "0 0 18 ? * FRI"; }    // Fridays 18:00, company time
 *     public void run() { snapshots.takeWeekly(calendar.thisWeekStart()); }
 * }
 * }</pre>
 */
public interface ClusterJob {

    /** Unique and stable: the job's key in the job store (module prefix, e.g. {@code forecast.weekly-snapshot}). */
    String name();

    /**
     * When to run, as a Quartz cron expression (seconds first; {@code ?} in day-of-month or day-of-week), evaluated
     * in the company's time zone: {@code "0 0 7 ? * MON"} is 07:00 every Monday.
     */
    String cron();

    /**
     * The work; keep each step transactional. Runs at most once at a time across the cluster; a run missed while
     * every node was down happens once when a node is back.
     */
    void run();
}
