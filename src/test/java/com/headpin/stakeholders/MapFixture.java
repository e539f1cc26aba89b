package com.headpin.stakeholders;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.headpin.TestSessions;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.accounts.FunnelPosition;
import com.headpin.deals.DealDetails;
import com.headpin.deals.TestDeals;
import com.headpin.stakeholders.internal.BuyingInfluence;
import com.headpin.stakeholders.internal.BuyingInfluenceRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh account of the rep's team (like 杭州联合银行) with a deal, contacts in a reports-to tree and buying
 * influences, for relationship-map tests: nothing of the demo data on it, so counts are exact.
 */
public record MapFixture(ApplicationContext context, TestDeals deals) {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    public static MapFixture of(ApplicationContext context) {
        return new MapFixture(context, TestDeals.of(context));
    }

    /** A new account and a deal on it, both the rep's. */
    public DealDetails newDeal(String name) {
        AccountService accounts = context.getBean(AccountService.class);
        String unique = name + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        AccountDetails like = as("rep", () -> accounts.find(deals.accountId("杭州联合银行")).orElseThrow());
        AccountDetails account = as("rep", () -> accounts.create(new AccountInput(0, unique, null, like.industry(),
                like.nature(), like.sizeBand(), like.regionId(), like.teamId(), like.ownerId(),
                FunnelPosition.ABOVE, null, null, null, null, BigDecimal.valueOf(1_000_000), null, Set.of())));
        return deals.create("rep", unique, unique + " deal", 500_000);
    }

    public ContactDetails contact(long accountId, String name, @Nullable Long reportsTo,
                                  @Nullable LocalDate lastContact, @Nullable String metBy) {
        ContactService contacts = context.getBean(ContactService.class);
        Long by = metBy == null ? null : deals.userId(metBy);
        return as("rep", () -> contacts.create(accountId, new ContactInput(0, name, "Title of " + name, null,
                reportsTo, null, null, null, lastContact, by)));
    }

    /**
     * {@code count} people: one head, four directors reporting to them, everyone else spread over the directors.
     * The head and the directors were met today by the rep; the staff never.
     */
    public List<ContactDetails> hierarchy(long accountId, int count, LocalDate today) {
        List<ContactDetails> people = new ArrayList<>();
        people.add(contact(accountId, "Head", null, today, "rep"));
        for (int i = 1; i < count; i++) {
            long manager = i <= 4 ? people.getFirst().id() : people.get(1 + (i - 5) % 4).id();
            String name = i <= 4 ? "Director " + i : "Staff " + i;
            people.add(contact(accountId, name, manager, i <= 4 ? today : null, i <= 4 ? "rep" : null));
        }
        return people;
    }

    /** Makes the contact a buying influence of the deal (as the buying-influence form would). */
    public void influence(long dealId, long contactId, Set<InfluenceRole> roles, InfluenceLevel level,
                          Attitude attitude) {
        BuyingInfluenceRepository repository = context.getBean(BuyingInfluenceRepository.class);
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
            BuyingInfluence influence = new BuyingInfluence(dealId, contactId);
            influence.setRoles(roles);
            influence.setInfluence(level);
            influence.setAttitude(attitude);
            repository.save(influence);
        });
    }

    public <T> T as(String username, java.util.function.Supplier<T> work) {
        return TestSessions.as(context.getBean(UserDetailsService.class), username, work);
    }
}
