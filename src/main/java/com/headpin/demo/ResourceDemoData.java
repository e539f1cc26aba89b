package com.headpin.demo;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.headpin.deals.DealFilter;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.resources.AbsenceInput;
import com.headpin.resources.AssignInput;
import com.headpin.resources.AssignmentService;
import com.headpin.resources.RequestInput;
import com.headpin.resources.RequestRow;
import com.headpin.resources.ResourceInput;
import com.headpin.resources.ResourcePoolService;
import com.headpin.resources.ResourceRequestService;
import com.headpin.resources.ResourceSummary;
import com.headpin.resources.ResourceType;
import com.headpin.resources.StageActivity;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.shared.BusinessCalendar;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Six resources (the consultant, four new colleagues with the RESOURCE role and the company director as executive
 * sponsor), a few absences, and requests on the open demo deals with the most weighted value: some open for the
 * board, one declined, and the consultant assigned twice in the same weeks, over capacity, to show over-allocation.
 */
@Component
class ResourceDemoData implements DemoData {

    private final ResourcePoolService pool;
    private final ResourceRequestService requests;
    private final AssignmentService assignments;
    private final DealService deals;
    private final UserAccountService users;
    private final OrganisationDemoData organisation;
    private final BusinessCalendar calendar;

    ResourceDemoData(ResourcePoolService pool, ResourceRequestService requests, AssignmentService assignments,
                     DealService deals, UserAccountService users, OrganisationDemoData organisation,
                     BusinessCalendar calendar) {
        this.pool = pool;
        this.requests = requests;
        this.assignments = assignments;
        this.deals = deals;
        this.users = users;
        this.organisation = organisation;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String name() {
        return "resources";
    }

    @Override
    public boolean present() {
        return !pool.pool().isEmpty();
    }

    @Override
    public void seed() {
        OrganisationDemoData.Directory demo = organisation.directory();
        long east = demo.unit(OrganisationDemoData.EAST_REGION);
        long north = demo.unit(OrganisationDemoData.NORTH_REGION);
        ResourceSummary consultant = person(demo.user("consultant"), ResourceType.CONSULTANT,
                Set.of("银行核心系统 Core banking", "需求调研 Discovery"), east, false, "4");
        ResourceSummary architect = person(user("architect", "周杰"), ResourceType.SOLUTION_ARCHITECT,
                Set.of("云架构 Cloud architecture", "POC"), east, false, "4");
        person(demo.user("director"), ResourceType.EXECUTIVE_SPONSOR, Set.of("高层拜访 Executive visits"), null, false,
                "1");
        person(user("legal", "孙丽"), ResourceType.LEGAL, Set.of("合同 Contracts"), null, false, "3");
        person(user("support", "郑浩"), ResourceType.TECHNICAL_SUPPORT, Set.of("能源行业 Energy", "演示 Demos"), north,
                true, "5");
        person(user("service", "黄蕾"), ResourceType.SERVICE, Set.of("实施 Implementation"), null, false, "4");
        var nextWeek = calendar.thisWeekStart().plusWeeks(1);
        pool.addAbsence(consultant.id(), new AbsenceInput(nextWeek.plusWeeks(2).plusDays(3),
                nextWeek.plusWeeks(2).plusDays(4), "年假 Annual leave"));
        pool.addAbsence(architect.id(), new AbsenceInput(nextWeek.plusWeeks(1), nextWeek.plusWeeks(1).plusDays(1),
                "培训 Training"));

        List<DealSummary> open = deals.page(new DealFilter("", null, null, null, DealOutcome.OPEN), Pageable.unpaged())
                .stream().sorted(Comparator.comparing(DealSummary::weightedAmount).reversed()).limit(6).toList();
        String override = "演示：本周优先保障重点项目 Demo: the key deals come first this week";
        for (int i = 0; i < open.size(); i++) {
            DealSummary deal = open.get(i);
            StageActivity activity = StageActivity.of(deal.stage());
            switch (i) {
                case 0, 1 -> {
                    // The consultant twice in the same weeks: over capacity and double booked, assigned anyway.
                    RequestRow row = request(deal, activity, ResourceType.CONSULTANT, consultant.id(),
                            "需要顾问主导现场调研 A consultant to lead the on-site research");
                    assignments.assign(new AssignInput(row.id(), row.version(), consultant.id(), null, override));
                }
                case 2 -> request(deal, StageActivity.PROOF_OF_CONCEPT, ResourceType.SOLUTION_ARCHITECT, null,
                        "客户要求做概念验证 The customer asks for a proof of concept");
                case 3 -> {
                    request(deal, StageActivity.NEGOTIATION, ResourceType.LEGAL, null,
                            "合同条款谈判 Contract terms in negotiation");
                    request(deal, StageActivity.NEGOTIATION, ResourceType.SERVICE, null,
                            "谈判需要服务人员在场 Service at the negotiation table");
                }
                case 4 -> {
                    RequestRow row = request(deal, activity, ResourceType.EXECUTIVE_SPONSOR, null,
                            "请高层拜访客户总经理 An executive to meet the general manager");
                    requests.decline(row.id(), row.version(), "本月高层日程已满 The executives are booked this month");
                }
                default -> request(deal, activity, ResourceType.TECHNICAL_SUPPORT, null,
                        "产品演示 Product demo");
            }
        }
    }

    private RequestRow request(DealSummary deal, StageActivity activity, ResourceType type, @Nullable Long person,
                               String why) {
        RequestInput draft = requests.draft(deal.id(), activity, type);
        return requests.request(new RequestInput(deal.id(), type, person, activity, draft.startsOn(), draft.endsOn(),
                draft.effortDays(), why));
    }

    private ResourceSummary person(long userId, ResourceType type, Set<String> skills, @Nullable Long region,
                                   boolean regionOnly, String daysPerWeek) {
        return pool.save(new ResourceInput(0, userId, type, skills, region, regionOnly, new BigDecimal(daysPerWeek),
                true));
    }

    private long user(String username, String fullName) {
        UserSummary created = users.createDemoUser(new NewUser(username, fullName, username + "@demo.headpin.local",
                EnumSet.of(Role.RESOURCE), "zh-CN", OrganisationDemoData.PASSWORD));
        return created.id();
    }
}
