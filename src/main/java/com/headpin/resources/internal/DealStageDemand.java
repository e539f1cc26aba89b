package com.headpin.resources.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.headpin.deals.DealFilter;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealRole;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealSummary;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.SalesProcessService;
import com.headpin.resources.Demand;
import com.headpin.resources.DemandSource;
import com.headpin.resources.ResourceType;
import com.headpin.shared.BusinessCalendar;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Demand from the open deals the caller sees: each deal's remaining stages, planned backwards from its expected
 * close with the stages' typical weeks, need the sales process's effort per role. The current stage counts in full; a
 * later one as likely as the company's conversion ratios say (at consulting, 5 deals make 3 negotiations: 60%).
 */
@Component
public class DealStageDemand implements DemandSource {

    private final DealService deals;
    private final SalesProcessService process;
    private final BusinessCalendar calendar;

    DealStageDemand(DealService deals, SalesProcessService process, BusinessCalendar calendar) {
        this.deals = deals;
        this.process = process;
        this.calendar = calendar;
    }

    @Override
    public String labelKey() {
        return "resource.demand.source.deals";
    }

    @Override
    public List<Demand> demand(YearMonth from, YearMonth to) {
        SalesProcess sales = process.current();
        LocalDate today = calendar.today();
        Map<ResourceType, Map<YearMonth, BigDecimal>> days = new EnumMap<>(ResourceType.class);
        for (DealSummary deal : deals.page(new DealFilter("", null, null, null, DealOutcome.OPEN), Pageable.unpaged())) {
            add(deal, sales, today, days);
        }
        List<Demand> demand = new ArrayList<>();
        days.forEach((type, months) -> months.forEach((month, d) -> {
            if (!month.isBefore(from) && !month.isAfter(to)) {
                demand.add(new Demand(type, month, d));
            }
        }));
        return demand;
    }

    static void add(DealSummary deal, SalesProcess sales, LocalDate today,
                    Map<ResourceType, Map<YearMonth, BigDecimal>> days) {
        DealStage current = deal.stage();
        if (!current.isOpenStage()) {
            return;
        }
        // Stages end where the next begins; negotiation ends at the expected close.
        Map<DealStage, LocalDate[]> spans = new HashMap<>();
        LocalDate end = deal.expectedClose().isBefore(today) ? today : deal.expectedClose();
        for (int n = DealStage.NEGOTIATION.number(); n >= current.number(); n--) {
            DealStage stage = DealStage.of(n);
            LocalDate start = end.minusWeeks(Math.max(1, sales.stage(stage).typicalWeeks()));
            spans.put(stage, new LocalDate[] {start.isBefore(today) ? today : start, end.isBefore(today) ? today : end});
            end = start;
        }
        int base = Math.max(1, sales.stage(current).conversion());
        spans.forEach((stage, span) -> {
            BigDecimal likely = stage == current ? BigDecimal.ONE : BigDecimal.valueOf(sales.stage(stage).conversion())
                    .divide(BigDecimal.valueOf(base), 4, RoundingMode.HALF_UP).min(BigDecimal.ONE);
            for (DealRole role : DealRole.values()) {
                ResourceType type = ResourceType.doer(role).orElse(null);
                if (type == null) {
                    continue;
                }
                BigDecimal effort = sales.stage(stage).effort(role).multiply(likely);
                if (effort.signum() > 0) {
                    CapacityMath.spread(effort, span[0], span[1]).forEach((monday, d) -> days
                            .computeIfAbsent(type, t -> new HashMap<>())
                            .merge(YearMonth.from(monday), d, BigDecimal::add));
                }
            }
        });
    }
}
