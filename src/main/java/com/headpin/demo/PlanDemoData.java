package com.headpin.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.ActionInput;
import com.headpin.shared.ActionStatus;
import com.headpin.accountplans.GoalInput;
import com.headpin.accountplans.PlanDetails;
import com.headpin.accountplans.PlanItemService;
import com.headpin.accountplans.PlanNarrative;
import com.headpin.accountplans.WhitespaceCell;
import com.headpin.accountplans.WhitespaceStatus;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactService;
import com.headpin.shared.BusinessCalendar;
import org.springframework.stereotype.Component;

/** The demo account plans, seeded with the accounts they belong to (the accounts part calls it). */
@Component
class PlanDemoData {

    private final AccountPlanService plans;
    private final PlanItemService planItems;
    private final ContactService contacts;
    private final BusinessCalendar calendar;

    PlanDemoData(AccountPlanService plans, PlanItemService planItems, ContactService contacts,
                 BusinessCalendar calendar) {
        this.plans = plans;
        this.planItems = planItems;
        this.contacts = contacts;
        this.calendar = calendar;
    }

    /** A plan for this year with narrative, whitespace, goals, actions and two relationships. */
    void seed(long accountId, long ownerId) {
        LocalDate today = calendar.today();
        PlanDetails plan = plans.create(accountId, today.getYear());
        plan = plans.saveNarrative(plan.id(), plan.version(), new PlanNarrative(
                "三年内完成核心业务系统数字化改造，提升客户服务效率 30%。",
                "数据分散在多个系统，决策周期长；监管合规要求不断提高。",
                "行业案例丰富；顾问团队熟悉客户业务；实施交付口碑好。",
                "价格高于本地厂商；在客户高层的关系还不够深入。",
                "本地厂商 A（价格低），国际厂商 B（品牌强）",
                "系统集成商：华信科技",
                "先以培训和咨询切入，证明价值后推进分阶段实施；争取参与标书评分标准的制定。"));
        List<String> offerings = List.of("数据平台 Data platform", "咨询服务 Consulting", "实施服务 Implementation");
        List<String> units = List.of("零售业务部", "公司业务部", "风险管理部");
        plan = plans.saveWhitespace(plan.id(), plan.version(), offerings, units, Set.of(
                new WhitespaceCell(offerings.get(0), units.get(0), WhitespaceStatus.SOLD),
                new WhitespaceCell(offerings.get(0), units.get(1), WhitespaceStatus.IN_PROGRESS),
                new WhitespaceCell(offerings.get(1), units.get(2), WhitespaceStatus.OPPORTUNITY),
                new WhitespaceCell(offerings.get(2), units.get(2), WhitespaceStatus.NO_FIT)));
        planItems.saveGoal(plan.id(), null, new GoalInput(0, "签约第一期咨询项目", "合同金额", "100万",
                LocalDate.of(today.getYear(), 7, 31)));
        planItems.saveGoal(plan.id(), null, new GoalInput(0, "进入年度 IT 规划", "列入预算的项目数", "2",
                LocalDate.of(today.getYear(), 12, 15)));
        planItems.saveAction(plan.id(), null, new ActionInput(0, "拜访 CIO，确认立项时间表", ownerId,
                today.minusDays(10), ActionStatus.OPEN));
        planItems.saveAction(plan.id(), null, new ActionInput(0, "为业务部门举办数据平台培训", ownerId,
                today.plusWeeks(3), ActionStatus.IN_PROGRESS));
        planItems.saveAction(plan.id(), null, new ActionInput(0, "邀请客户高层参加用户大会", ownerId,
                today.plusMonths(2), ActionStatus.OPEN));
        List<ContactDetails> people = contacts.list(accountId);
        for (int i = 0; i < Math.min(2, people.size()); i++) {
            planItems.addRelationship(plan.id(), people.get(i).id(), ownerId, i == 0 ? "发展为关键决策支持者" : "发展为教练");
        }
    }
}
