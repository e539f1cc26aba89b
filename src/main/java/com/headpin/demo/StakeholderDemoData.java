package com.headpin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.PlanDetails;
import com.headpin.accountplans.PlanItemService;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.shared.BusinessCalendar;
import com.headpin.stakeholders.Attitude;
import com.headpin.stakeholders.BuyingInfluenceService;
import com.headpin.stakeholders.Certainty;
import com.headpin.stakeholders.InfluenceInput;
import com.headpin.stakeholders.InfluenceLevel;
import com.headpin.stakeholders.InfluenceRole;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Buying influences on every open demo deal, from the account's small organisation chart (general manager, CIO,
 * technical director, business lead, plus a procurement manager and a data architect added here), with roles,
 * influence, attitude, certainty and the results their part of the company wants. Varied on purpose, so the red
 * flags have something to find: every third deal has no coach, some have a sceptic technical gatekeeper, and on
 * every third account the general manager (the decision maker) was last met 45 days ago. Where an account has a plan,
 * its relationships gain owners for the technical director and the data architect, so coverage shows.
 */
@Component
class StakeholderDemoData implements DemoData {

    private static final String PROCUREMENT = "孙丽";
    private static final String ARCHITECT = "周伟";

    private final BuyingInfluenceService influences;
    private final DealService deals;
    private final ContactService contacts;
    private final AccountPlanService plans;
    private final PlanItemService planItems;
    private final BusinessCalendar calendar;

    StakeholderDemoData(BuyingInfluenceService influences, DealService deals, ContactService contacts,
                        AccountPlanService plans, PlanItemService planItems, BusinessCalendar calendar) {
        this.influences = influences;
        this.deals = deals;
        this.contacts = contacts;
        this.plans = plans;
        this.planItems = planItems;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String name() {
        return "stakeholders";
    }

    @Override
    public boolean present() {
        return influences.anyRecorded();
    }

    @Override
    public void seed() {
        Map<Long, List<DealSummary>> byAccount = new LinkedHashMap<>();
        deals.page(new DealFilter("", null, null, null, DealOutcome.OPEN, null, null, null, null), Pageable.unpaged())
                .getContent().stream().sorted(Comparator.comparingLong(DealSummary::id))
                .forEach(deal -> byAccount.computeIfAbsent(deal.accountId(), id -> new ArrayList<>()).add(deal));
        int account = 0;
        int deal = 0;
        for (var entry : byAccount.entrySet()) {
            long ownerId = entry.getValue().getFirst().ownerId();
            People people = people(entry.getKey(), ownerId, account++);
            cover(entry.getKey(), ownerId, people);
            for (DealSummary summary : entry.getValue()) {
                influencesOn(summary.id(), people, deal++);
            }
        }
    }

    /** The account's people, with the two added ones, and their last contacts set for variety. */
    private People people(long accountId, long ownerId, int n) {
        List<ContactDetails> all = contacts.list(accountId);
        // The demo charts rotate who heads them: the general manager is whoever has that title, else the head.
        ContactDetails gm = Optional.ofNullable(find(all, c -> c.title() != null && c.title().contains("总经理")))
                .orElseGet(() -> find(all, c -> c.reportsToId() == null));
        if (gm == null) {
            gm = contacts.create(accountId, input("刘建国", "总经理 General Manager", "总经理办公室", null, null, null));
        }
        ContactDetails tech = find(all, c -> c.title() != null && c.title().contains("技术总监"));
        LocalDate today = calendar.today();
        ContactDetails procurement = find(all, c -> c.name().equals(PROCUREMENT));
        if (procurement == null) {
            procurement = contacts.create(accountId, input(PROCUREMENT, "采购经理 Procurement Manager", "采购部",
                    contactIdOrNull(find(contacts.list(accountId), c -> c.reportsToId() == null)),
                    n % 2 == 0 ? null : today.minusDays(12), n % 2 == 0 ? null : ownerId));
        }
        ContactDetails architect = find(all, c -> c.name().equals(ARCHITECT));
        if (architect == null) {
            architect = contacts.create(accountId, input(ARCHITECT, "数据架构师 Data Architect", "信息技术部",
                    tech != null ? tech.id() : gm.id(), today.minusDays(3 + n % 5), ownerId));
        }
        if (n % 3 == 0) {
            // The decision maker nobody has met for six weeks: a red flag to be found.
            gm = contacts.update(gm.id(), new ContactInput(gm.version(), gm.name(), gm.title(), gm.department(),
                    gm.reportsToId(), gm.phone(), gm.email(), gm.notes(), today.minusDays(45), ownerId));
        }
        return new People(gm, find(all, c -> c.title() != null && c.title().contains("CIO")), tech,
                find(all, c -> c.title() != null && c.title().contains("业务")), procurement, architect);
    }

    /** Relationship owners in the account's plan, where it has one. */
    private void cover(long accountId, long ownerId, People people) {
        List<Integer> years = plans.years(accountId);
        if (years.isEmpty()) {
            return;
        }
        // The plan coverage is read from: this fiscal year's or the newest before it.
        int thisYear = calendar.currentFiscalYear();
        int year = years.stream().filter(y -> y <= thisYear).max(Integer::compare).orElse(years.getFirst());
        PlanDetails plan = plans.plan(accountId, year).orElseThrow();
        Set<Long> covered = new java.util.HashSet<>();
        plan.relationships().forEach(r -> covered.add(r.contactId()));
        if (people.tech() != null && !covered.contains(people.tech().id())) {
            planItems.addRelationship(plan.id(), people.tech().id(), ownerId, "消除技术顾虑，争取成为支持者");
        }
        if (!covered.contains(people.architect().id())) {
            planItems.addRelationship(plan.id(), people.architect().id(), ownerId, "发展为教练");
        }
    }

    private void influencesOn(long dealId, People people, int d) {
        Set<Long> added = new java.util.HashSet<>();
        boolean coached = d % 3 != 0;
        add(dealId, added, people.gm(), roles(InfluenceRole.DECISION_MAKER), InfluenceLevel.HIGH,
                new Attitude[]{Attitude.SUPPORTER, Attitude.NEUTRAL, Attitude.NEUTRAL, Attitude.SCEPTIC}[d % 4],
                Certainty.LIKELY, "三年内运营成本降低 15%，新业务上线周期从半年缩短到两个月");
        add(dealId, added, people.cio(), d % 2 == 0 ? roles(InfluenceRole.TECHNICAL_GATEKEEPER, InfluenceRole.USER)
                        : roles(InfluenceRole.TECHNICAL_GATEKEEPER), InfluenceLevel.HIGH,
                d % 5 == 4 ? Attitude.OPPONENT : Attitude.SUPPORTER, Certainty.CONFIRMED,
                "IT 架构统一、可运维，满足等保三级和数据安全法要求");
        add(dealId, added, people.tech(), roles(InfluenceRole.TECHNICAL_GATEKEEPER), InfluenceLevel.MEDIUM,
                d % 3 == 1 ? Attitude.SCEPTIC : Attitude.NEUTRAL, d % 3 == 1 ? Certainty.CONFIRMED : Certainty.GUESS,
                "与现有核心系统无缝集成，迁移期间业务不中断");
        add(dealId, added, people.business(), coached ? roles(InfluenceRole.USER, InfluenceRole.COACH)
                        : roles(InfluenceRole.USER), InfluenceLevel.MEDIUM, Attitude.SUPPORTER, Certainty.LIKELY,
                "减少手工报表，月结从 5 天缩短到 2 天");
        if (d % 2 == 0) {
            add(dealId, added, people.procurement(), roles(InfluenceRole.TECHNICAL_GATEKEEPER),
                    InfluenceLevel.LOW, Attitude.NEUTRAL, Certainty.GUESS, "采购流程合规，总体拥有成本可控");
        }
        if (coached && d % 3 == 2) {
            add(dealId, added, people.architect(), roles(InfluenceRole.USER, InfluenceRole.COACH),
                    InfluenceLevel.LOW, Attitude.SUPPORTER, Certainty.CONFIRMED, "在集团内树立数据治理标杆，个人技术影响力提升");
        }
    }

    /** Adds the contact once per deal: in a small chart one person may hold two of the titles looked for. */
    private void add(long dealId, Set<Long> added, @Nullable ContactDetails contact, Set<InfluenceRole> roles,
                     InfluenceLevel level, Attitude attitude, Certainty certainty, String results) {
        if (contact != null && added.add(contact.id())) {
            influences.add(dealId, contact.id(), new InfluenceInput(0, roles, level, attitude, certainty, results));
        }
    }

    private static Set<InfluenceRole> roles(InfluenceRole first, InfluenceRole... more) {
        return EnumSet.of(first, more);
    }

    private static @Nullable ContactDetails find(List<ContactDetails> all, Predicate<ContactDetails> which) {
        return all.stream().filter(which).findFirst().orElse(null);
    }

    private static @Nullable Long contactIdOrNull(@Nullable ContactDetails contact) {
        return contact == null ? null : contact.id();
    }

    private static ContactInput input(String name, String title, String department, @Nullable Long reportsTo,
                                      @Nullable LocalDate lastContact, @Nullable Long lastContactBy) {
        return new ContactInput(0, name, title, department, reportsTo, null, null, null, lastContact,
                lastContactBy);
    }

    private record People(ContactDetails gm, @Nullable ContactDetails cio, @Nullable ContactDetails tech,
                          @Nullable ContactDetails business, ContactDetails procurement, ContactDetails architect) {
    }
}
