package com.headpin.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.headpin.HeadpinApplication;
import com.headpin.security.SystemAuthentication;
import com.headpin.settings.CompanySettings;
import com.headpin.settings.CompanySettingsChanges;
import com.headpin.settings.CompanySettingsService;
import com.headpin.settings.DefaultSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two Headpin nodes in one JVM on one database, as two servers behind a load balancer would be: a job is stored
 * once, each due run happens on exactly one node, as the system administrator, and the cron follows the company's
 * time zone. On the MySQL-protocol pass both nodes use that database.
 */
class SchedulingIT {

    private static final String JOB = "it.weekly-check";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Every run on either node: "node:user:authorities". */
    private static final List<String> RUNS = new CopyOnWriteArrayList<>();

    private static ConfigurableApplicationContext nodeA;
    private static ConfigurableApplicationContext nodeB;
    private static SecurityContextHolderStrategy testsStrategy;

    /** Mondays 09:00, company time. */
    private record WeeklyCheck(String node) implements ClusterJob {

        @Override
        public String name() {
            return JOB;
        }

        @Override
        public String cron() {
            return "0 0 9 ? * MON";
        }

        @Override
        public void run() {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            RUNS.add(node + ":" + (who == null ? "-" : who.getName() + ":" + who.getAuthorities()));
        }
    }

    @BeforeAll
    static void startTwoNodesOnOneDatabase() {
        testsStrategy = SecurityContextHolder.getContextHolderStrategy();
        nodeA = node("a");
        nodeB = node("b");
    }

    @AfterAll
    static void stopBoth() {
        if (nodeB != null) {
            asAdminOn(nodeB, () -> DefaultSettings.restore(nodeB.getBean(CompanySettingsService.class)));
        }
        for (ConfigurableApplicationContext node : new ConfigurableApplicationContext[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
        if (testsStrategy != null) {
            SecurityContextHolder.setContextHolderStrategy(testsStrategy);
        }
    }

    @BeforeEach
    void forgetRuns() {
        RUNS.clear();
    }

    @Test
    void bothNodesJoinOneClusterAndStoreTheJobOnce() throws SchedulerException {
        Scheduler a = scheduler(nodeA);
        Scheduler b = scheduler(nodeB);
        assertThat(a.getSchedulerName()).isEqualTo(b.getSchedulerName());
        assertThat(a.getSchedulerInstanceId()).isNotEqualTo(b.getSchedulerInstanceId());
        assertThat(a.getMetaData().isJobStoreClustered()).isTrue();
        assertThat(a.getTriggersOfJob(JobKey.jobKey(JOB, ClusterJobs.GROUP))).hasSize(1);
        // The application's own jobs (such as security's pruning) are there too.
        assertThat(b.getJobKeys(org.quartz.impl.matchers.GroupMatcher.jobGroupEquals(ClusterJobs.GROUP)))
                .contains(JobKey.jobKey(JOB, ClusterJobs.GROUP));
    }

    @Test
    void eachDueRunHappensOnExactlyOneNodeAsTheSystem() throws SchedulerException {
        // Six runs fall due while both nodes stand by; then both start and compete for them.
        for (int i = 0; i < 3; i++) {
            asAdminOn(nodeA, () -> nodeA.getBean(ClusterJobs.class).runNow(JOB));
            asAdminOn(nodeB, () -> nodeB.getBean(ClusterJobs.class).runNow(JOB));
        }
        assertThat(RUNS).isEmpty();
        scheduler(nodeA).start();
        scheduler(nodeB).start();
        try {
            // Done when no due run is left in the store and none is executing: nothing can run any more.
            await().atMost(Duration.ofSeconds(60)).until(() -> dueRunsLeft() == 0);
        } finally {
            scheduler(nodeA).standby();
            scheduler(nodeB).standby();
        }
        assertThat(RUNS).hasSize(6);
        assertThat(RUNS).allSatisfy(run -> assertThat(run).matches("[ab]:system:\\[ROLE_ADMIN]"));
    }

    @Test
    void theCronRunsOnTheCompanysClockAndFollowsAZoneChange() throws SchedulerException {
        CronTrigger trigger = cronTrigger();
        assertThat(trigger.getTimeZone().toZoneId()).isEqualTo(SHANGHAI);
        // Monday 3 March 2031 (the trigger starts now, so a date to come), 09:00 in Shanghai is 01:00 UTC.
        assertThat(trigger.getFireTimeAfter(Date.from(Instant.parse("2031-03-02T00:00:00Z"))))
                .isEqualTo(Date.from(Instant.parse("2031-03-03T01:00:00Z")));
        ZonedDateTime next = nextRun(nodeA);
        assertThat(next.getZone()).isEqualTo(SHANGHAI);
        assertThat(next.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(next.getHour()).isEqualTo(9);
        assertThat(next.toInstant()).isAfter(Instant.now());

        // An administrator on node B moves the company to Berlin: the stored trigger follows, for every node.
        CompanySettingsService settings = nodeB.getBean(CompanySettingsService.class);
        asAdminOn(nodeB, () -> {
            CompanySettings now = settings.forEditing();
            settings.update(new CompanySettingsChanges(now.version(), BERLIN.getId(), Month.JANUARY, "CNY",
                    DayOfWeek.MONDAY));
        });

        CronTrigger moved = cronTrigger();
        assertThat(moved.getTimeZone().toZoneId()).isEqualTo(BERLIN);
        assertThat(moved.getFireTimeAfter(Date.from(Instant.parse("2031-03-02T00:00:00Z"))))
                .isEqualTo(Date.from(Instant.parse("2031-03-03T08:00:00Z")));
        // Summer time in Berlin: 09:00 is 07:00 UTC.
        assertThat(moved.getFireTimeAfter(Date.from(Instant.parse("2031-06-29T00:00:00Z"))))
                .isEqualTo(Date.from(Instant.parse("2031-06-30T07:00:00Z")));
        ZonedDateTime nextInBerlin = nextRun(nodeA);
        assertThat(nextInBerlin.getZone()).isEqualTo(BERLIN);
        assertThat(nextInBerlin.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(nextInBerlin.getHour()).isEqualTo(9);

        asAdminOn(nodeB, () -> DefaultSettings.restore(settings));
        assertThat(cronTrigger().getTimeZone().toZoneId()).isEqualTo(SHANGHAI);
    }

    private static int dueRunsLeft() throws SchedulerException {
        int manualTriggers = scheduler(nodeA).getTriggersOfJob(JobKey.jobKey(JOB, ClusterJobs.GROUP)).size() - 1;
        Integer executing = nodeA.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from QRTZ_FIRED_TRIGGERS where SCHED_NAME = ?", Integer.class,
                scheduler(nodeA).getSchedulerName());
        return manualTriggers + (executing == null ? 0 : executing);
    }

    private static CronTrigger cronTrigger() throws SchedulerException {
        return (CronTrigger) scheduler(nodeA).getTrigger(TriggerKey.triggerKey(JOB, ClusterJobs.GROUP));
    }

    private static ZonedDateTime nextRun(ConfigurableApplicationContext node) {
        List<ZonedDateTime> next = new CopyOnWriteArrayList<>();
        asAdminOn(node, () -> next.add(node.getBean(ClusterJobs.class).nextRun(JOB).orElseThrow()));
        return next.getFirst();
    }

    /**
     * Each context installs its own security-context strategy globally and checks methods with it: a call into a
     * node runs with that node's strategy in place, as it would in a JVM of its own.
     */
    private static void asAdminOn(ConfigurableApplicationContext node, Runnable work) {
        SecurityContextHolderStrategy previous = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(node.getBean(SecurityContextHolderStrategy.class));
        try {
            SystemAuthentication.runAsAdmin(work);
        } finally {
            SecurityContextHolder.setContextHolderStrategy(previous);
        }
    }

    private static Scheduler scheduler(ConfigurableApplicationContext node) {
        return node.getBean(Scheduler.class);
    }

    private static ConfigurableApplicationContext node(String name) {
        String mysqlUrl = System.getProperty("headpin.test.mysql.url", "");
        String url = mysqlUrl.isBlank()
                ? "jdbc:h2:mem:scheduling-it;MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1"
                : mysqlUrl;
        return new SpringApplicationBuilder(HeadpinApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("weeklyCheck",
                        ClusterJob.class, () -> new WeeklyCheck(name)))
                .run(
                "--server.port=0",
                // Not the surrounding test run's profiles: the nodes are configured here.
                "--spring.profiles.active=node",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (mysqlUrl.isBlank() ? "sa"
                        : System.getenv().getOrDefault("HEADPIN_TEST_MYSQL_USER", "root")),
                "--spring.datasource.password=" + (mysqlUrl.isBlank() ? ""
                        : System.getenv().getOrDefault("HEADPIN_TEST_MYSQL_PASSWORD", "")),
                // A scheduler of its own in the shared tables, apart from the other tests' contexts.
                "--spring.quartz.scheduler-name=headpin-it",
                // The test starts the schedulers when runs are due; a freed node looks for work every second.
                "--spring.quartz.auto-startup=false",
                "--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
                "--headpin.demo-data=false",
                "--logging.level.root=warn",
                "--spring.main.banner-mode=off");
    }
}
