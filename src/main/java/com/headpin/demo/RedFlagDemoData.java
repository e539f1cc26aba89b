package com.headpin.demo;

import java.util.List;

import com.headpin.deals.DealFilter;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.stakeholders.FlagCategory;
import com.headpin.stakeholders.FlagKind;
import com.headpin.stakeholders.RedFlagInput;
import com.headpin.stakeholders.RedFlagRow;
import com.headpin.stakeholders.RedFlagService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * A few manual red flags (one cleared, with a note) and strengths on open demo deals, each owned by the deal's owner;
 * then the automatic flags of every open deal, from the buying influences seeded before (order 300), without
 * notifications.
 */
@Component
class RedFlagDemoData implements DemoData {

    private record Seed(FlagKind kind, FlagCategory category, String text, boolean cleared) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed(FlagKind.FLAG, FlagCategory.COMPETITOR_THREAT,
                    "华为云报价低于我们 Huawei Cloud quoted below our price", false),
            new Seed(FlagKind.STRENGTH, FlagCategory.STRONG_COACH,
                    "信息部经理在内部指导我们 The IT manager coaches us inside", false),
            new Seed(FlagKind.FLAG, FlagCategory.TIMING_RISK,
                    "预算审批推迟到下季度 Budget approval slips to next quarter", false),
            new Seed(FlagKind.FLAG, FlagCategory.MISSING_INFORMATION,
                    "不清楚采购流程 We do not know the purchasing process", true),
            new Seed(FlagKind.STRENGTH, FlagCategory.SOLUTION_FIT,
                    "试点效果得到用户认可 The pilot convinced the users", false),
            new Seed(FlagKind.FLAG, FlagCategory.NO_DECISION_MAKER_ACCESS,
                    "总经理只见竞争对手 The general manager meets only the competitor", false));

    private final RedFlagService flags;
    private final DealService deals;

    RedFlagDemoData(RedFlagService flags, DealService deals) {
        this.flags = flags;
        this.deals = deals;
    }

    @Override
    public int order() {
        return 330;
    }

    @Override
    public String name() {
        return "red flags";
    }

    @Override
    public boolean present() {
        return flags.anyManual();
    }

    @Override
    public void seed() {
        List<DealSummary> open = deals.page(new DealFilter("", null, null, null, DealOutcome.OPEN),
                PageRequest.of(0, SEEDS.size(), Sort.by("id"))).getContent();
        for (int i = 0; i < SEEDS.size() && !open.isEmpty(); i++) {
            Seed seed = SEEDS.get(i);
            DealSummary deal = open.get(i % open.size());
            RedFlagRow raised = flags.raise(deal.id(), seed.kind(),
                    new RedFlagInput(0, seed.category(), seed.text(), deal.ownerId()));
            if (seed.cleared()) {
                flags.clear(deal.id(), raised.id(), raised.version(), "已从客户处了解 Asked the customer");
            }
        }
        flags.recheckOpenDeals(false);
    }
}
