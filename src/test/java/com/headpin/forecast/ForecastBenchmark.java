package com.headpin.forecast;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.headpin.HeadpinTest;
import com.headpin.SqlStatements;
import com.headpin.TestLogin;
import com.headpin.deals.DealFigures;
import com.headpin.shared.BusinessCalendar;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The company roll-up for a quarter over {@value #DEALS} deals of {@value #REPS} reps (50 teams of 10 in 5 regions,
 * added by SQL beside the demo company): {@code ForecastService.table} as an administrator, the deal figures grouped
 * in the database. A measurement, not a test (no assertion on time); bench/README.md has the numbers. Run with
 * {@code ./mvnw test -Dgroups=bench -Dheadpin.excluded-groups=none -Dtest=ForecastBenchmark} (H2), and with
 * {@code -Dheadpin.test.mysql.url=jdbc:mysql://127.0.0.1:3306/hp_fn_bench?createDatabaseIfNotExist=true} for MariaDB.
 */
@Tag("bench")
@HeadpinTest
class ForecastBenchmark {

    private static final int REPS = 500;
    private static final int TEAMS = 50;
    private static final int REGIONS = 5;
    private static final int DEALS = 100_000;
    private static final int WARM_UP = 20;
    private static final int ROUNDS = 50;

    @Autowired
    ForecastService forecasts;
    @Autowired
    DealFigures figures;
    @Autowired
    Periods periods;
    @Autowired
    BusinessCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    EntityManager entityManager;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theCompanyRollUpForAQuarter() {
        seed();
        SecurityContextHolder.getContext().setAuthentication(TestLogin.as(users, "admin"));
        Period quarter = periods.current(PeriodKind.QUARTER);
        List<Long> table = new ArrayList<>();
        List<Long> grouped = new ArrayList<>();
        ForecastTable last = null;
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            long start = System.nanoTime();
            last = forecasts.table(quarter);
            long done = System.nanoTime();
            List<Long> owners = last.reps().stream().map(RepNumbers::repId).toList();
            long groupStart = System.nanoTime();
            figures.byOwner(owners, quarter.start(), quarter.end());
            long groupDone = System.nanoTime();
            if (round >= WARM_UP) {
                table.add((done - start) / 1_000);
                grouped.add((groupDone - groupStart) / 1_000);
            }
        }
        long deals = jdbc.queryForObject("SELECT COUNT(*) FROM deals", Long.class);
        long statements = SqlStatements.of(entityManager, () -> forecasts.table(quarter));
        System.out.printf("FORECAST ROLL-UP %s, %d deals, %d rep rows, %d units, %d rounds after %d warm-up:"
                        + " table %s (%d statements); deal figures grouped in the database %s%n", quarter.key(), deals,
                last.reps().size(), last.units().size(), ROUNDS, WARM_UP, percentiles(table), statements,
                percentiles(grouped));
    }

    /** Regions, teams, reps and their deals by SQL (once per database): through the services it would take hours. */
    private void seed() {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM app_users WHERE username LIKE 'bench.rep.%'",
                Integer.class);
        if (present != null && present >= REPS) {
            return;
        }
        Timestamp now = Timestamp.from(Instant.now());
        long company = jdbc.queryForObject("SELECT MIN(id) FROM org_units WHERE unit_type = 'COMPANY'", Long.class);
        List<Object[]> reps = new ArrayList<>();
        for (int r = 0; r < REPS; r++) {
            reps.add(new Object[] {"bench.rep." + r, "Bench Rep " + r, now});
        }
        jdbc.batchUpdate("INSERT INTO app_users (version, username, full_name, password_hash, enabled,"
                + " preferred_language, dark_theme, created_at) VALUES (0, ?, ?, '{noop}bench', TRUE, 'en', FALSE, ?)",
                reps);
        List<Long> repIds = jdbc.queryForList("SELECT id FROM app_users WHERE username LIKE 'bench.rep.%' ORDER BY id",
                Long.class);
        jdbc.batchUpdate("INSERT INTO app_user_roles (user_id, role_name) VALUES (?, 'REP')",
                repIds.stream().map(id -> new Object[] {id}).toList());
        long[] teamIds = new long[TEAMS];
        long[] regionOfTeam = new long[TEAMS];
        for (int g = 0; g < REGIONS; g++) {
            jdbc.update("INSERT INTO org_units (version, name, unit_type, parent_id) VALUES (0, ?, 'REGION', ?)",
                    "Bench Region " + g, company);
            long region = jdbc.queryForObject("SELECT id FROM org_units WHERE name = ?", Long.class,
                    "Bench Region " + g);
            for (int t = g; t < TEAMS; t += REGIONS) {
                jdbc.update("INSERT INTO org_units (version, name, unit_type, parent_id) VALUES (0, ?, 'TEAM', ?)",
                        "Bench Team " + t, region);
                teamIds[t] = jdbc.queryForObject("SELECT id FROM org_units WHERE name = ?", Long.class,
                        "Bench Team " + t);
                regionOfTeam[t] = region;
            }
        }
        List<Object[]> members = new ArrayList<>();
        for (int r = 0; r < REPS; r++) {
            members.add(new Object[] {teamIds[r % TEAMS], repIds.get(r)});
        }
        jdbc.batchUpdate("INSERT INTO org_unit_members (unit_id, user_id) VALUES (?, ?)", members);
        List<Long> accounts = jdbc.queryForList("SELECT id FROM accounts ORDER BY id", Long.class);
        LocalDate today = calendar.today();
        List<Object[]> deals = new ArrayList<>();
        for (int i = 0; i < DEALS; i++) {
            int rep = i % REPS;
            int team = rep % TEAMS;
            LocalDate close = today.minusDays(365).plusDays((i / REPS) * 7L % 730);
            BigDecimal amount = BigDecimal.valueOf(100_000L + 10_000L * (i % 300));
            String outcome = i % 10 == 0 ? "WON" : i % 10 == 1 ? "LOST" : i % 20 == 2 ? "DELAYED" : "OPEN";
            boolean won = "WON".equals(outcome);
            String category = won ? "CLOSED" : List.of("PIPELINE", "BEST_CASE", "COMMIT", "PIPELINE").get(i % 4);
            deals.add(new Object[] {accounts.get(i % accounts.size()), "Bench forecast " + i, amount,
                    Date.valueOf(close), repIds.get(rep), teamIds[team], regionOfTeam[team], won ? 6 : 1 + i % 5,
                    outcome, category, won ? amount : null, won ? Date.valueOf(close) : null, now, now});
            if (deals.size() == 2_000) {
                insertDeals(deals);
                deals.clear();
            }
        }
        insertDeals(deals);
    }

    private void insertDeals(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO deals (version, account_id, name, amount, expected_close, owner_id, team_id,"
                + " region_id, stage_no, outcome, forecast_category, final_amount, signed_on, created_at, updated_at)"
                + " VALUES (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private static String percentiles(List<Long> micros) {
        List<Long> sorted = micros.stream().sorted().toList();
        return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms", sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1000.0, sorted.getLast() / 1000.0);
    }
}
