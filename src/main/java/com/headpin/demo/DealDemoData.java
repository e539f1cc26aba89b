package com.headpin.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealHistoryService;
import com.headpin.deals.DealInput;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealPhase;
import com.headpin.deals.DealRole;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealStageService;
import com.headpin.deals.DealTeamMember;
import com.headpin.deals.ExitCriterion;
import com.headpin.deals.ForecastCategory;
import com.headpin.deals.OutcomeInput;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.SalesProcessService;
import com.headpin.shared.BusinessCalendar;
import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * About 120 deals, three per demo account, in every stage and outcome, each with a dated history over the past twelve
 * months: created, ticked and moved stage by stage (a few past missing criteria, with a director's reason), amounts
 * and forecast calls revised, then won, lost, delayed or still open — some stalled. Made through the deal services,
 * the history dated back by the administrators' {@link DealHistoryService#backdated}. Four accounts run a phased
 * project (training won, consulting under way, implementation starting).
 */
@Component
class DealDemoData implements DemoData {

    private static final String[] PROJECTS = {"数据平台 Data platform", "核心系统升级 Core system upgrade",
            "客户关系管理 CRM", "风险管理 Risk management", "智能运维 Smart operations", "移动办公 Mobile office",
            "数据治理咨询 Data governance consulting", "供应链协同 Supply chain"};
    private static final String[] COMPETITORS = {"Oracle", "SAP", "用友 Yonyou", "金蝶 Kingdee", "浪潮 Inspur",
            "华为云 Huawei Cloud", "Salesforce", "神州数码 Digital China"};
    private static final String[] PARTNERS = {"德勤 Deloitte", "埃森哲 Accenture", "中软国际 ChinaSoft"};
    private static final String[] LOST_REASONS = {"价格高于竞争对手 Price above the competitor's",
            "客户预算取消 The customer's budget was cancelled", "缺少高层支持 No executive sponsor",
            "技术方案不匹配 Our solution did not fit"};
    private static final Set<String> PHASED = Set.of("上海浦江银行", "杭州精工机械", "华北电网", "北京市水务集团");
    private static final BigDecimal[] SHARE = {new BigDecimal("0.4"), new BigDecimal("0.6"), new BigDecimal("0.9"),
            new BigDecimal("1.2")};

    private final DealService deals;
    private final DealStageService stages;
    private final DealHistoryService history;
    private final SalesProcessService processes;
    private final AccountService accounts;
    private final BusinessCalendar calendar;
    private final OrganisationDemoData organisation;
    private final EntityManager entityManager;

    DealDemoData(DealService deals, DealStageService stages, DealHistoryService history,
                 SalesProcessService processes, AccountService accounts, BusinessCalendar calendar,
                 OrganisationDemoData organisation, EntityManager entityManager) {
        this.entityManager = entityManager;
        this.deals = deals;
        this.stages = stages;
        this.history = history;
        this.processes = processes;
        this.accounts = accounts;
        this.calendar = calendar;
        this.organisation = organisation;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String name() {
        return "deals";
    }

    @Override
    public boolean present() {
        return deals.count(DealFilter.ALL) > 0;
    }

    @Override
    public void seed() {
        OrganisationDemoData.Directory demo = organisation.directory();
        long consultant = demo.user("consultant");
        long rep3 = demo.user("rep3");
        SalesProcess process = processes.current();
        LocalDate today = calendar.today();
        List<AccountSummary> all = accounts.page(new AccountFilter("", null, null, null, null, null, true),
                Pageable.unpaged()).getContent().stream().sorted(Comparator.comparingLong(AccountSummary::id))
                .toList();
        int n = 0;
        for (AccountSummary summary : all) {
            AccountDetails account = accounts.find(summary.id()).orElseThrow();
            boolean phased = PHASED.contains(account.name());
            Long program = null;
            for (int i = 0; i < 3; i++, n++) {
                DealDemoPlan plan = phased ? phasedPlan(n, i, process, today) : DealDemoPlan.of(n, process, today);
                Set<DealTeamMember> team = new HashSet<>();
                if (n % 3 == 0) {
                    team.add(new DealTeamMember(consultant, DealRole.CONSULTANT));
                }
                if (n % 17 == 5 && account.ownerId() != rep3) {
                    // Someone from another team helps: the deal team opens the deal for them.
                    team.add(new DealTeamMember(rep3, DealRole.TECHNICAL_SUPPORT));
                }
                DealInput input = new DealInput(0, account.id(), name(account, n, phased ? i : -1),
                        amount(account, n), plan.endedOn().plusWeeks(2 + n % 8), account.ownerId(), account.teamId(),
                        account.regionId(), ForecastCategory.PIPELINE, nextStep(plan), team,
                        Set.of(COMPETITORS[n % COMPETITORS.length], COMPETITORS[(n * 3 + 1) % COMPETITORS.length]),
                        n % 4 == 1 ? Set.of(PARTNERS[n % PARTNERS.length]) : Set.of(),
                        phased ? DealPhase.values()[i] : null, program);
                DealDetails created = history.backdated(plan.createdOn(), () -> deals.create(input));
                if (phased && i == 0) {
                    program = created.id();
                }
                play(created, n, plan, process);
                // One long transaction: without this every query would first check all deals made so far.
                entityManager.flush();
                entityManager.clear();
            }
        }
    }

    /** The phased accounts' three deals: training won, consulting in its third stage, implementation just begun. */
    private static DealDemoPlan phasedPlan(int n, int phase, SalesProcess process, LocalDate today) {
        return switch (phase) {
            case 0 -> DealDemoPlan.of(n, DealOutcome.WON, 5, process, today);
            case 1 -> DealDemoPlan.of(n, DealOutcome.OPEN, 3, process, today);
            default -> DealDemoPlan.of(n, DealOutcome.OPEN, 1, process, today);
        };
    }

    /** The deal's way through the funnel, each step on its day. */
    private void play(DealDetails created, int n, DealDemoPlan plan, SalesProcess process) {
        long id = created.id();
        DealDetails deal = created;
        for (int step = 0; step < plan.movedOn().size(); step++) {
            DealStage from = DealStage.of(step + 1);
            DealStage to = DealStage.of(step + 2);
            boolean override = n % 11 == 0 && step == 0;
            boolean revise = n % 4 == 0 && step == 1;
            long version = deal.version();
            deal = history.backdated(plan.movedOn().get(step), () -> {
                if (!override) {
                    stages.check(id, ids(process.stage(from).exitCriteria()), true);
                }
                DealDetails moved = stages.moveStage(id, version, to, override
                        ? "客户CIO要求加快进度 The customer's CIO asked us to move faster" : null);
                ForecastCategory category = to == DealStage.NEGOTIATION ? ForecastCategory.COMMIT
                        : to == DealStage.PROPOSAL ? ForecastCategory.BEST_CASE : ForecastCategory.PIPELINE;
                if (!revise && category == moved.forecastCategory()) {
                    return moved;
                }
                DealInput in = DealInput.from(moved).withCategory(category);
                return deals.update(id, revise ? in.withAmount(moved.amount().multiply(new BigDecimal("0.85"))
                        .setScale(-4, RoundingMode.HALF_UP).setScale(2), moved.expectedClose()) : in);
            });
        }
        List<ExitCriterion> current = process.stage(plan.stage()).exitCriteria();
        if (plan.outcome() == DealOutcome.OPEN && !current.isEmpty()) {
            // Work under way: some of the current stage's criteria are met already.
            history.backdated(plan.endedOn(), () -> stages.check(id, ids(current.subList(0, (n % current.size())
                    + (n % 2))), true));
        }
        if (plan.outcome() != DealOutcome.OPEN) {
            DealDetails last = deal;
            history.backdated(plan.endedOn(), () -> stages.setOutcome(id, last.version(), outcome(n, plan, last)));
        }
    }

    private OutcomeInput outcome(int n, DealDemoPlan plan, DealDetails deal) {
        return switch (plan.outcome()) {
            case WON -> OutcomeInput.won(deal.amount().multiply(new BigDecimal("0.95")).setScale(-4,
                    RoundingMode.HALF_UP).setScale(2), plan.endedOn());
            case LOST -> OutcomeInput.lost(LOST_REASONS[n % LOST_REASONS.length],
                    deal.competitors().stream().sorted().findFirst().orElse(null));
            case DELAYED -> OutcomeInput.delayed(calendar.today().plusDays(30 + n % 90));
            case OPEN -> OutcomeInput.reopened();
        };
    }

    private static List<Long> ids(List<ExitCriterion> criteria) {
        return new ArrayList<>(criteria.stream().map(ExitCriterion::id).toList());
    }

    private static String name(AccountDetails account, int n, int phase) {
        String base = account.altName() == null ? account.name() : account.altName();
        String project = phase < 0 ? PROJECTS[n % PROJECTS.length]
                : new String[] {"培训 Training", "咨询 Consulting", "实施 Implementation"}[phase];
        return base + " · " + project;
    }

    private static BigDecimal amount(AccountDetails account, int n) {
        BigDecimal amount = account.annualPotential().multiply(SHARE[n % SHARE.length])
                .setScale(-4, RoundingMode.HALF_UP).setScale(2);
        return amount.max(new BigDecimal("100000.00"));
    }

    private static @Nullable String nextStep(DealDemoPlan plan) {
        return plan.outcome() != DealOutcome.OPEN ? null : switch (plan.stage()) {
            case SEMINAR -> "约见客户高层 Meet the customer's executive";
            case EXECUTIVE_MEETING -> "安排现场调研 Plan the on-site research";
            case CONSULTING -> "推动客户立项 Get the project formally started";
            case PROPOSAL -> "组织样板客户参观 Reference visit";
            case NEGOTIATION -> "准备投标文件 Prepare the bid documents";
            case SIGNED -> null;
        };
    }
}
