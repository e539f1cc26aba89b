package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.headpin.DemoUnits;
import com.headpin.HeadpinTest;
import com.headpin.SqlStatements;
import com.headpin.TestSessions;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.HeadpinUserPrincipal;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Quotas on the demo organisation, each test in a fiscal year of its own far from the demo's, so that saves commit
 * (and leave history) without touching other tests' numbers.
 */
@HeadpinTest
class QuotaServiceIT {

    @Autowired QuotaService quotas;
    @Autowired ForecastService forecasts;
    @Autowired Periods periods;
    @Autowired Timeline timeline;
    @Autowired OrganisationService organisation;
    @Autowired UserDetailsService users;
    @Autowired EntityManager entityManager;

    @Test
    void onlyTheManagersAboveARepSetTheQuotaAndAStaleSaveIsRefused() {
        int year = 2091;
        long rep = id("rep");
        QuotaInput first = QuotaInput.even(year, null, new BigDecimal("1200000.00"));
        assertThatThrownBy(() -> as("rep", () -> quotas.setRepQuota(rep, first)))
                .as("a rep does not set their own quota").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("north.director", () -> quotas.setRepQuota(rep, first)))
                .as("a director of another region").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("manager", () -> quotas.setRepQuota(id("manager"), first)))
                .as("a team's manager on the team does not set their own").isInstanceOf(AccessDeniedException.class);

        QuotaFigures saved = as("manager", () -> quotas.setRepQuota(rep, first));
        assertThat(saved.yearly()).isEqualByComparingTo("1200000.00");
        assertThat(saved.quarters()).allSatisfy(q -> assertThat(q).isEqualByComparingTo("300000.00"));
        assertThat(as("rep", () -> quotas.board(year)).rep(rep)).as("the rep reads their own")
                .hasValueSatisfying(row -> {
                    assertThat(row.yearly()).isEqualByComparingTo("1200000.00");
                    assertThat(row.mayEdit()).isFalse();
                });

        QuotaFigures custom = as("director", () -> quotas.setRepQuota(rep, QuotaInput.custom(year, saved.version(),
                months("100000.00", "100000.00", "100000.00", "50000.00", "50000.00", "50000.00", "0", "0", "0",
                        "300000.00", "300000.00", "400000.01"))));
        assertThat(custom.split()).isEqualTo(QuotaSplit.CUSTOM);
        assertThat(custom.yearly()).isEqualByComparingTo("1450000.01");
        assertThat(custom.quarters().get(3)).isEqualByComparingTo("1000000.01");

        assertThatThrownBy(() -> as("manager", () -> quotas.setRepQuota(rep,
                QuotaInput.even(year, saved.version(), new BigDecimal("999.00")))))
                .as("saved on the version the manager loaded, before the director's change")
                .isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> as("manager", () -> quotas.setRepQuota(rep,
                QuotaInput.even(year, null, new BigDecimal("999.00")))))
                .as("a second 'new' quota over one that exists").isInstanceOf(StaleDataException.class);
        assertThat(as("admin", () -> quotas.board(year)).rep(rep).orElseThrow().yearly())
                .as("nothing overwritten").isEqualByComparingTo("1450000.01");

        assertThatThrownBy(() -> as("manager", () -> quotas.setRepQuota(rep,
                QuotaInput.even(year, custom.version(), new BigDecimal("12.345")))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("yearly", "validation.amount"));

        List<TimelineEntry> history = as("rep", () -> timeline.entries(ForecastTopics.QUOTA, custom.quotaId(),
                Locale.ENGLISH));
        assertThat(history).as("the rep sees who changed their quota")
                .anyMatch(e -> e.kind() == TimelineEntry.Kind.CREATED)
                .anyMatch(e -> e.kind() == TimelineEntry.Kind.FIELD_CHANGED && e.actorName().equals("王伟"));
        assertThat(as("rep3", () -> timeline.entries(ForecastTopics.QUOTA, custom.quotaId(), Locale.ENGLISH)))
                .as("another team's rep sees none of it").isEmpty();
    }

    @Test
    void aTopDownQuotaIsHandedDownToTheFenWithTheGapShown() {
        int year = 2092;
        long east = DemoUnits.id(organisation, users, DemoUnits.EAST);
        long banking = DemoUnits.id(organisation, users, DemoUnits.BANKING);
        assertThatThrownBy(() -> as("manager", () -> quotas.setUnitQuota(east,
                QuotaInput.even(year, null, BigDecimal.TEN)))).as("a team's manager is not above the region")
                .isInstanceOf(AccessDeniedException.class);
        QuotaFigures top = as("director", () -> quotas.setUnitQuota(east,
                QuotaInput.even(year, null, new BigDecimal("1000000.01"))));
        List<DistributionShare> shares = as("director", () -> quotas.distribute(east, year, top.version(),
                Distribution.EVEN));
        assertThat(shares).hasSize(2).allSatisfy(share -> assertThat(share.unitId()).isNotNull());
        assertThat(sum(shares)).isEqualByComparingTo("1000000.01");

        QuotaFigures team = as("admin", () -> quotas.board(year)).unit(banking).orElseThrow().topDown();
        assertThat(team).isNotNull();
        List<DistributionShare> reps = as("director", () -> quotas.distribute(banking, year, team.version(),
                Distribution.PROPORTIONAL));
        assertThat(reps).hasSize(3).allSatisfy(share -> assertThat(share.repId()).isNotNull());
        assertThat(sum(reps)).isEqualByComparingTo(team.yearly());
        assertThatThrownBy(() -> as("manager", () -> quotas.distribute(banking, year, team.version(),
                Distribution.EVEN))).as("the manager is on the team").isInstanceOfSatisfying(
                InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("distribution", "forecast.quota.distribute.own"));

        QuotaBoard board = as("director", () -> quotas.board(year));
        QuotaBoard.Unit region = board.unit(east).orElseThrow();
        assertThat(region.topDown()).isNotNull();
        assertThat(region.rollUp()).as("only the banking team's reps got rep quotas")
                .isEqualByComparingTo(team.yearly());
        assertThat(region.gap()).isEqualByComparingTo(new BigDecimal("1000000.01").subtract(team.yearly()));
        assertThatThrownBy(() -> as("director", () -> quotas.distribute(east, year, top.version() + 7,
                Distribution.EVEN))).isInstanceOf(StaleDataException.class);
    }

    @Test
    void onlySellersCarryAQuotaTheConsultantIsNeitherOnTheBoardNorGivenAShare() {
        int year = 2093;
        long consultant = id("consultant");
        long manufacturing = DemoUnits.id(organisation, users, DemoUnits.MANUFACTURING);
        for (String reader : List.of("admin", "director")) {
            QuotaBoard board = as(reader, () -> quotas.board(year));
            assertThat(board.unit(manufacturing)).as(reader + " sees the consultant's team").isPresent();
            assertThat(board.rep(consultant)).as(reader + ": no quota line for a resource").isEmpty();
            assertThat(board.rep(id("rep"))).as(reader + ": a rep's line").isPresent();
        }
        assertThatThrownBy(() -> as("director", () -> quotas.setRepQuota(consultant,
                QuotaInput.even(year, null, BigDecimal.TEN)))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("rep", "forecast.quota.no-seller"));

        QuotaFigures top = as("director", () -> quotas.setUnitQuota(manufacturing,
                QuotaInput.even(year, null, new BigDecimal("500000.00"))));
        assertThat(as("director", () -> quotas.preview(manufacturing, year, Distribution.EVEN))).isEmpty();
        assertThatThrownBy(() -> as("director", () -> quotas.distribute(manufacturing, year, top.version(),
                Distribution.EVEN))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("distribution", "forecast.quota.distribute.nobody"));
        assertThat(as("director", () -> quotas.repQuota(consultant, year))).isEmpty();

        // The four numbers follow the same rule: a row for the rep, none for the consultant on the team.
        Period quarter = periods.current(PeriodKind.QUARTER);
        for (String reader : List.of("admin", "director")) {
            ForecastTable table = as(reader, () -> forecasts.table(quarter));
            assertThat(table.reps()).extracting(RepNumbers::repId).as(reader + "'s four numbers")
                    .contains(id("rep")).doesNotContain(consultant);
            assertThat(table.units()).filteredOn(unit -> unit.unitId() == manufacturing)
                    .singleElement().satisfies(unit -> assertThat(unit.repIds()).doesNotContain(consultant));
        }
    }

    @Test
    @Transactional
    void distributingReadsTheSharesQuotasInOneGoWhateverTheirNumber() {
        int year = 2094;
        long few = team("统计小组甲", "rep", "rep2");
        long many = team("统计小组乙", "rep", "rep2", "rep3", "north.director", "manager");
        long forFew = SqlStatements.of(entityManager, () -> distribute(few, year));
        long forMany = SqlStatements.of(entityManager, () -> distribute(many, year));
        // Three more shares: three more rows written, and not one more read.
        assertThat(forMany - forFew).as("statements for 5 shares (%d) against 2 (%d)", forMany, forFew)
                .isLessThanOrEqualTo(3);
    }

    /** A team of its own under East (rolled back with the test), with a top-down quota for the year. */
    private long team(String name, String... members) {
        return as("admin", () -> {
            long east = DemoUnits.id(organisation, users, DemoUnits.EAST);
            var team = organisation.create(east, com.headpin.organisation.UnitType.TEAM, name);
            organisation.update(new com.headpin.organisation.UnitChanges(team.id(), team.version(), name, null,
                    java.util.Arrays.stream(members).map(this::id).collect(java.util.stream.Collectors.toSet())));
            return team.id();
        });
    }

    private void distribute(long teamId, int year) {
        as("admin", () -> {
            QuotaFigures top = quotas.setUnitQuota(teamId, QuotaInput.even(year, null, new BigDecimal("900000.00")));
            return quotas.distribute(teamId, year, top.version(), Distribution.EVEN);
        });
    }

    private static BigDecimal sum(List<DistributionShare> shares) {
        return shares.stream().map(DistributionShare::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<BigDecimal> months(String... amounts) {
        return java.util.Arrays.stream(amounts).map(BigDecimal::new).toList();
    }

    private <T> T as(String username, Supplier<T> work) {
        return TestSessions.as(users, username, work);
    }

    private long id(String username) {
        return ((HeadpinUserPrincipal) users.loadUserByUsername(username)).userId();
    }
}
