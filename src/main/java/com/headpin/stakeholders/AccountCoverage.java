package com.headpin.stakeholders;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.accountplans.AccountPlanService;
import com.headpin.deals.SalesProcessService;
import com.headpin.shared.BusinessCalendar;
import com.headpin.accounts.ContactDetails;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import org.springframework.stereotype.Component;

/**
 * Who covers each contact of an account on our side: the account plan's relationship owner and the contact's last
 * contact, with their names; one read of the owners and one of the users for all contacts. Called inside the
 * services' secured transactions (the caller already may read the account's contacts).
 */
@Component
class AccountCoverage {

    private final AccountPlanService plans;
    private final UserAccountService users;
    private final SalesProcessService process;
    private final BusinessCalendar calendar;

    AccountCoverage(AccountPlanService plans, UserAccountService users, SalesProcessService process,
                    BusinessCalendar calendar) {
        this.plans = plans;
        this.users = users;
        this.process = process;
        this.calendar = calendar;
    }

    /** After how many days without contact a person is marked (the sales process's setting). */
    int gapDays() {
        return process.current().noContactFlagDays();
    }

    Map<Long, Coverage> of(long accountId, List<ContactDetails> people) {
        Map<Long, Long> owners = plans.relationshipOwners(accountId);
        Set<Long> userIds = new HashSet<>(owners.values());
        people.stream().map(ContactDetails::lastContactBy).filter(Objects::nonNull).forEach(userIds::add);
        Map<Long, String> names = users.findAll(userIds).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::fullName));
        int gapDays = gapDays();
        LocalDate metSince = calendar.today().minusDays(gapDays);
        Map<Long, Coverage> coverage = new HashMap<>();
        for (ContactDetails contact : people) {
            Long ownerId = owners.get(contact.id());
            Long metBy = contact.lastContactBy();
            coverage.put(contact.id(), new Coverage(ownerId, ownerId == null ? null : names.get(ownerId),
                    contact.lastContactDate(), metBy, metBy == null ? null : names.get(metBy), gapDays,
                    contact.lastContactDate() == null || contact.lastContactDate().isBefore(metSince)));
        }
        return coverage;
    }
}
