package com.headpin.stakeholders;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.TestDeals;
import com.headpin.stakeholders.internal.AutoRedFlagRepository;
import com.headpin.stakeholders.internal.BuyingInfluence;
import com.headpin.stakeholders.internal.BuyingInfluenceRepository;
import com.headpin.stakeholders.internal.StakeholdersChanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contacts and buying influences for red-flag tests. Influences are written straight to the repository (their editing
 * service is another part of the module) in a transaction that announces {@link StakeholdersChanged}, as that
 * service does, so the flags follow after commit.
 */
record TestPeople(TestDeals deals, ContactService contacts, BuyingInfluenceRepository influences,
                  AutoRedFlagRepository autoFlags, ApplicationEventPublisher events, TransactionTemplate transaction) {

    static TestPeople of(ApplicationContext context) {
        return new TestPeople(TestDeals.of(context), context.getBean(ContactService.class),
                context.getBean(BuyingInfluenceRepository.class), context.getBean(AutoRedFlagRepository.class),
                context, new TransactionTemplate(context.getBean(PlatformTransactionManager.class)));
    }

    ContactDetails contact(String username, long accountId, String name, @Nullable LocalDate lastContact) {
        return deals.as(username, () -> contacts.create(accountId, new ContactInput(0, name, null, null, null, null,
                null, null, lastContact, lastContact == null ? null : deals.userId(username))));
    }

    ContactDetails lastContact(String username, ContactDetails contact, @Nullable LocalDate date) {
        return deals.as(username, () -> contacts.update(contact.id(), new ContactInput(contact.version(),
                contact.name(), contact.title(), contact.department(), contact.reportsToId(), contact.phone(),
                contact.email(), contact.notes(), date, date == null ? null : deals.userId(username))));
    }

    long influence(String username, DealDetails deal, ContactDetails contact, @Nullable Attitude attitude,
                   InfluenceRole... roles) {
        return deals.as(username, () -> transaction.execute(status -> {
            BuyingInfluence influence = new BuyingInfluence(deal.id(), contact.id());
            influence.setRoles(roles.length == 0 ? EnumSet.noneOf(InfluenceRole.class) : EnumSet.of(roles[0], roles));
            influence.setAttitude(attitude);
            long id = influences.save(influence).requireId();
            events.publishEvent(new StakeholdersChanged(deal.id()));
            return id;
        }));
    }

    void attitude(String username, long influenceId, Attitude attitude) {
        deals.as(username, () -> transaction.execute(status -> {
            BuyingInfluence influence = influences.findById(influenceId).orElseThrow();
            influence.setAttitude(attitude);
            events.publishEvent(new StakeholdersChanged(influence.getDealId()));
            return null;
        }));
    }

    void remove(String username, long influenceId) {
        deals.as(username, () -> transaction.execute(status -> {
            BuyingInfluence influence = influences.findById(influenceId).orElseThrow();
            influences.delete(influence);
            events.publishEvent(new StakeholdersChanged(influence.getDealId()));
            return null;
        }));
    }

    /** The automatic flags stored for the deal, as rule (and contact) pairs. */
    Set<String> stored(long dealId) {
        return Set.copyOf(autoFlags.findByDealId(dealId).stream()
                .map(f -> f.getRule() + (f.getContactId() == null ? "" : ":" + f.getContactId())).toList());
    }

    static String flag(AutoFlagRule rule, ContactDetails contact) {
        return rule + ":" + contact.id();
    }

    static List<String> rules(DealFlags flags) {
        return flags.automatic().stream().map(f -> f.rule().name()).toList();
    }
}
