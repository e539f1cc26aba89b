package com.headpin.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.headpin.deals.DealStage;
import com.headpin.organisation.OrgTree;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.TestOrgTrees;
import com.headpin.organisation.UnitType;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The roll-up of the four numbers over random organisations: a team's totals are the sum of its reps'; a region's and
 * the company's the sum over the distinct reps below (a rep on two teams counts once); raw and adjusted figures are
 * added up apart, so adjusting never changes a raw total.
 */
class RollUpProperties {

    private static final int REPS = 12;
    private static final long COMPANY = 1;

    /** A company with regions and teams; each team's members are rep numbers 1..12. */
    record Scenario(List<Integer> teamsPerRegion, List<Set<Long>> members, Map<Long, RepNumbers> reps) {

        OrgTree tree() {
            List<OrgUnitSummary> units = new ArrayList<>();
            units.add(new OrgUnitSummary(COMPANY, 0, "Company", UnitType.COMPANY, null, null, Set.of()));
            int team = 0;
            for (int r = 0; r < teamsPerRegion.size(); r++) {
                long regionId = 100 + r;
                units.add(new OrgUnitSummary(regionId, 0, "Region " + r, UnitType.REGION, COMPANY, null, Set.of()));
                for (int t = 0; t < teamsPerRegion.get(r); t++, team++) {
                    units.add(new OrgUnitSummary(1000 + team, 0, "Team " + team, UnitType.TEAM, regionId, null,
                            members.get(team)));
                }
            }
            return TestOrgTrees.of(units);
        }
    }

    @Property(tries = 300)
    void aTeamTotalIsTheSumOfItsReps(@ForAll("scenarios") Scenario scenario) {
        OrgTree tree = scenario.tree();
        for (OrgUnitSummary team : tree.all().stream().filter(u -> u.type() == UnitType.TEAM).toList()) {
            UnitNumbers total = roll(tree, team, scenario);
            assertSums(total, team.memberIds(), scenario.reps());
        }
    }

    @Property(tries = 300)
    void aRegionAndTheCompanyCountEachRepOnce(@ForAll("scenarios") Scenario scenario) {
        OrgTree tree = scenario.tree();
        for (OrgUnitSummary unit : tree.all().stream().filter(u -> u.type() != UnitType.TEAM).toList()) {
            Set<Long> distinct = new LinkedHashSet<>();
            tree.subtree(unit.id()).stream().filter(u -> u.type() == UnitType.TEAM)
                    .forEach(team -> distinct.addAll(team.memberIds()));
            UnitNumbers total = roll(tree, unit, scenario);
            assertThat(total.repIds()).isEqualTo(distinct);
            assertSums(total, distinct, scenario.reps());
        }
    }

    @Property(tries = 300)
    void rawAndAdjustedAreAddedUpApart(@ForAll("scenarios") Scenario scenario) {
        OrgTree tree = scenario.tree();
        OrgUnitSummary company = tree.unit(COMPANY).orElseThrow();
        UnitNumbers total = roll(tree, company, scenario);
        // Taking every adjustment back changes the adjusted totals only; the raw ones stay exactly as they were.
        Map<Long, RepNumbers> unadjusted = new HashMap<>();
        scenario.reps().forEach((id, rep) -> unadjusted.put(id, withoutAdjustment(rep)));
        UnitNumbers raw = RollUp.unit(company, 0, RollUp.repsUnder(tree, COMPANY), unadjusted, null, true);
        assertThat(raw.numbers().forecast()).isEqualByComparingTo(total.numbers().forecast());
        assertThat(raw.numbers().commitment()).isEqualByComparingTo(total.numbers().commitment());
        assertThat(raw.numbers().adjustedForecast()).isEqualByComparingTo(raw.numbers().forecast());
        assertThat(raw.numbers().adjustedCommitment()).isEqualByComparingTo(raw.numbers().commitment());
        boolean anyAdjusted = total.repIds().stream().anyMatch(id -> scenario.reps().get(id).numbers().adjusted());
        if (!anyAdjusted) {
            assertThat(total.numbers().adjusted()).isFalse();
        }
    }

    private static UnitNumbers roll(OrgTree tree, OrgUnitSummary unit, Scenario scenario) {
        return RollUp.unit(unit, 0, RollUp.repsUnder(tree, unit.id()), scenario.reps(), null, true);
    }

    private static void assertSums(UnitNumbers total, Set<Long> repIds, Map<Long, RepNumbers> reps) {
        List<Function<FourNumbers, BigDecimal>> figures = List.of(FourNumbers::quota, FourNumbers::systemForecast,
                FourNumbers::forecast, FourNumbers::adjustedForecast, FourNumbers::commitment,
                FourNumbers::adjustedCommitment, FourNumbers::achievement);
        for (Function<FourNumbers, BigDecimal> figure : figures) {
            BigDecimal sum = repIds.stream().map(id -> figure.apply(reps.get(id).numbers()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(figure.apply(total.numbers())).isEqualByComparingTo(sum);
        }
        for (DealStage stage : DealStage.values()) {
            long count = repIds.stream().mapToLong(id -> reps.get(id).openCountByStage().getOrDefault(stage, 0L))
                    .sum();
            assertThat(total.openCountByStage().getOrDefault(stage, 0L)).isEqualTo(count);
        }
        assertThat(total.wonDeals()).isEqualTo(repIds.stream().mapToLong(id -> reps.get(id).wonDeals()).sum());
    }

    private static RepNumbers withoutAdjustment(RepNumbers rep) {
        FourNumbers n = rep.numbers();
        return new RepNumbers(rep.repId(), rep.name(), new FourNumbers(n.quota(), n.systemForecast(), n.forecast(),
                n.forecast(), n.commitment(), n.commitment(), n.achievement()), rep.call(), rep.callNote(), null,
                null, null, null, rep.openDeals(), rep.wonDeals(), rep.openCountByStage(), rep.openAmountByStage());
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<Integer>> teamsPerRegion = Arbitraries.integers().between(1, 3).list().ofMinSize(1)
                .ofMaxSize(3);
        return teamsPerRegion.flatMap(teams -> {
            int teamCount = teams.stream().mapToInt(Integer::intValue).sum();
            Arbitrary<List<Set<Long>>> members = Arbitraries.longs().between(1, REPS).set().ofMaxSize(5).list()
                    .ofSize(teamCount);
            Arbitrary<List<RepNumbers>> reps = rep().list().ofSize(REPS);
            return Combinators.combine(members, reps).as((m, r) -> {
                Map<Long, RepNumbers> byId = new HashMap<>();
                for (int i = 0; i < r.size(); i++) {
                    RepNumbers rep = r.get(i);
                    long id = i + 1L;
                    byId.put(id, new RepNumbers(id, "Rep " + id, rep.numbers(), rep.call(), rep.callNote(),
                            rep.forecastAdjustment(), rep.commitmentAdjustment(), rep.adjustmentNote(),
                            rep.adjustedBy(), rep.openDeals(), rep.wonDeals(), rep.openCountByStage(),
                            rep.openAmountByStage()));
                }
                return new Scenario(teams, m, byId);
            });
        });
    }

    private static Arbitrary<RepNumbers> rep() {
        Arbitrary<BigDecimal> amount = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1e9"))
                .ofScale(2);
        Arbitrary<BigDecimal> adjustment = amount.injectNull(0.6);
        Arbitrary<Map<DealStage, Long>> counts = Arbitraries.longs().between(0, 9).list().ofSize(6).map(list -> {
            Map<DealStage, Long> map = new EnumMap<>(DealStage.class);
            for (DealStage stage : DealStage.values()) {
                map.put(stage, list.get(stage.ordinal()));
            }
            return map;
        });
        return Combinators.combine(amount.list().ofSize(5), adjustment, adjustment, counts,
                Arbitraries.longs().between(0, 5)).as((a, forecastAdjustment, commitmentAdjustment, stages, won) -> {
                    BigDecimal forecast = a.get(1).add(a.get(4));
                    FourNumbers numbers = new FourNumbers(a.get(0), a.get(1), forecast,
                            forecastAdjustment == null ? forecast : forecastAdjustment, a.get(2),
                            commitmentAdjustment == null ? a.get(2) : commitmentAdjustment, a.get(3));
                    return new RepNumbers(0, "", numbers, null, null, forecastAdjustment, commitmentAdjustment,
                            null, forecastAdjustment == null && commitmentAdjustment == null ? null : 7L,
                            stages.values().stream().mapToLong(Long::longValue).sum(), won, stages, Map.of());
                });
    }
}
