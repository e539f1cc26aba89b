package com.headpin.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.headpin.deals.DealFilter;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.stakeholders.BuyingInfluenceService;
import com.headpin.stakeholders.InfluenceRole;
import com.headpin.stakeholders.InfluenceRow;
import com.headpin.stakeholders.StandardWinResult;
import com.headpin.stakeholders.WinResultCatalogService;
import com.headpin.stakeholders.WinResultService;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Win results on the demo deals' buying influences, as a team would sort them: what a key decision maker, a user,
 * a technical gatekeeper and a coach typically want, one in the team's own words, and every third person left
 * without any (the red-flag rules flag those). Seeded after the influences (order 300); without any influences it
 * seeds nothing and tries again at the next start.
 */
@Component
class WinResultDemoData implements DemoData {

    private static final Map<InfluenceRole, List<String>> TYPICAL = Map.of(
            InfluenceRole.DECISION_MAKER, List.of("Contribution to the organisation", "Recognition by others",
                    "Control"),
            InfluenceRole.USER, List.of("More flexibility and convenience", "More leisure", "New skills"),
            InfluenceRole.TECHNICAL_GATEKEEPER, List.of("New skills", "A tool for change", "Control"),
            InfluenceRole.COACH, List.of("Personal advancement", "Recognition by others", "A better career path"));

    private final DealService deals;
    private final BuyingInfluenceService influences;
    private final WinResultCatalogService catalog;
    private final WinResultService results;

    WinResultDemoData(DealService deals, BuyingInfluenceService influences, WinResultCatalogService catalog,
                      WinResultService results) {
        this.deals = deals;
        this.influences = influences;
        this.catalog = catalog;
        this.results = results;
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public String name() {
        return "win results";
    }

    @Override
    public boolean present() {
        return results.anyAssigned();
    }

    @Override
    public void seed() {
        Map<String, Long> entries = catalog.list().stream()
                .collect(Collectors.toMap(StandardWinResult::labelEn, StandardWinResult::id, (a, b) -> a));
        int person = 0;
        for (DealSummary deal : deals.page(DealFilter.ALL, Pageable.unpaged()).getContent()) {
            for (InfluenceRow influence : influences.list(deal.id())) {
                person++;
                if (person % 3 == 0 || influence.roles().isEmpty()) {
                    continue;
                }
                InfluenceRole role = influence.roles().stream().sorted().findFirst().orElseThrow();
                List<String> wanted = TYPICAL.get(role);
                // Two or three each, varied by person so that the boards do not all look alike.
                wanted.stream().limit(2 + person % 2).map(entries::get).filter(java.util.Objects::nonNull)
                        .forEach(id -> results.assign(deal.id(), influence.id(), id));
                if (role == InfluenceRole.COACH && person % 4 == 1) {
                    results.addOwn(deal.id(), influence.id(), "借项目成功争取晋升为处长",
                            "Told us over dinner / 饭桌上提到");
                }
            }
        }
    }
}
