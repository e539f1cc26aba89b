package com.headpin.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealService;
import com.headpin.deals.DealSummary;
import com.headpin.deals.DealTeamMember;
import com.headpin.shared.BusinessCalendar;
import com.headpin.stakeholders.BuyingInfluenceService;
import com.headpin.stakeholders.ContactLogInput;
import com.headpin.stakeholders.ContactLogKind;
import com.headpin.stakeholders.ContactLogService;
import com.headpin.stakeholders.InfluenceRole;
import com.headpin.stakeholders.InfluenceRow;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Three months of contact log on the demo accounts' open deals: visits, calls and meetings by the deal's owner (now
 * and then with a team member), a few on the account alone. On every third deal the decision makers were last met
 * more than a month ago (their entries are older), so the coverage and the time-based red flags have something to
 * show. Uses whatever contacts exist (the accounts' demo people and any added later).
 */
@Component
class ContactLogDemoData implements DemoData {

    private static final String[] NOTES = {
            "介绍了我们的数据平台方案，客户对实施周期有疑问。 Presented the data platform; they asked about the timeline.",
            "讨论预算审批流程，需要在季度末前提交方案。 Budget approval discussed: proposal due before quarter end.",
            "技术交流会，IT部门关注系统集成和数据安全。 Technical session: IT cares about integration and security.",
            "客户高层参观了我们的参考客户。 Their executive visited one of our reference customers.",
            "电话跟进报价，客户希望再优惠5%。 Followed up the quote by phone; they want another 5% off.",
            "确认了下一步：下周提交详细方案。 Next step agreed: detailed proposal next week.",
            "了解到竞争对手也在接触，需要尽快安排老总见面。 A competitor is talking to them too; set up an executive meeting.",
            "午餐交流，了解了客户内部组织调整的情况。 Lunch: learned about their reorganisation."};
    private static final ContactLogKind[] KINDS = {ContactLogKind.MEETING, ContactLogKind.CALL, ContactLogKind.VISIT,
            ContactLogKind.CALL, ContactLogKind.MEETING, ContactLogKind.EMAIL, ContactLogKind.VISIT,
            ContactLogKind.EVENT};

    private final ContactLogService log;
    private final DealService deals;
    private final ContactService contacts;
    private final BuyingInfluenceService influences;
    private final BusinessCalendar calendar;

    ContactLogDemoData(ContactLogService log, DealService deals, ContactService contacts,
                       BuyingInfluenceService influences, BusinessCalendar calendar) {
        this.log = log;
        this.deals = deals;
        this.contacts = contacts;
        this.influences = influences;
        this.calendar = calendar;
    }

    @Override
    public int order() {
        return 305;
    }

    @Override
    public String name() {
        return "contact log";
    }

    @Override
    public boolean present() {
        // Any entry on an account with open deals: the seed logs on all of them.
        return openDeals().stream().map(DealSummary::accountId).distinct()
                .anyMatch(accountId -> !log.forAccount(accountId, PageRequest.of(0, 1)).isEmpty());
    }

    @Override
    public void seed() {
        Random random = new Random(305);
        LocalDate today = calendar.today();
        Set<Long> accountsLogged = new LinkedHashSet<>();
        int n = 0;
        for (DealSummary summary : openDeals()) {
            DealDetails deal = deals.find(summary.id()).orElseThrow();
            List<ContactDetails> people = contacts.list(deal.accountId());
            if (people.isEmpty()) {
                continue;
            }
            boolean neglected = n++ % 3 == 0;
            Set<Long> deciders = deciders(deal.id(), people);
            List<ContactDetails> others = people.stream().filter(c -> !deciders.contains(c.id())).toList();
            int count = 3 + random.nextInt(4);
            for (int i = 0; i < count; i++) {
                // Oldest first, so later entries move the last contact forward as they would have at the time.
                LocalDate date = today.minusDays(90L - (long) i * 85 / count - random.nextInt(5));
                boolean withDecider = !neglected || date.isBefore(today.minusDays(31));
                List<Long> met = new ArrayList<>();
                if (withDecider && (i % 2 == 0 || others.isEmpty())) {
                    met.addAll(deciders);
                }
                if (!others.isEmpty()) {
                    met.add(others.get(random.nextInt(others.size())).id());
                }
                if (met.isEmpty()) {
                    continue;
                }
                List<Long> ours = new ArrayList<>(List.of(deal.ownerId()));
                deal.team().stream().map(DealTeamMember::userId).filter(id -> id != deal.ownerId())
                        .filter(id -> random.nextInt(3) == 0).findFirst().ifPresent(ours::add);
                ContactLogInput input = new ContactLogInput(0, date, KINDS[random.nextInt(KINDS.length)],
                        met.stream().distinct().toList(), ours, NOTES[random.nextInt(NOTES.length)]);
                boolean onAccount = i == 0 && accountsLogged.add(deal.accountId());
                log.log(deal.accountId(), onAccount ? null : deal.id(), input);
            }
        }
    }

    /** The deal's decision makers, else the top of the account's people (whom nobody reports to). */
    private Set<Long> deciders(long dealId, List<ContactDetails> people) {
        Set<Long> found = new LinkedHashSet<>();
        influences.list(dealId).stream().filter(row -> row.has(InfluenceRole.DECISION_MAKER))
                .map(InfluenceRow::contactId).forEach(found::add);
        if (found.isEmpty()) {
            people.stream().filter(c -> c.reportsToId() == null).min(Comparator.comparingLong(ContactDetails::id))
                    .ifPresent(c -> found.add(c.id()));
        }
        return found;
    }

    private List<DealSummary> openDeals() {
        return deals.page(new DealFilter("", null, null, null, DealOutcome.OPEN), PageRequest.of(0, 500,
                Sort.by("id"))).getContent();
    }
}
