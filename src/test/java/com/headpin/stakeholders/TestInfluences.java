package com.headpin.stakeholders;

import java.util.EnumSet;
import java.util.List;

import com.headpin.TestSessions;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactService;
import com.headpin.stakeholders.internal.BuyingInfluence;
import com.headpin.stakeholders.internal.BuyingInfluenceRepository;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Buying influences for tests of the win results, stored straight through the repository (the service that edits
 * influences belongs to another part of the module), on contacts of the deal's account.
 */
public record TestInfluences(BuyingInfluenceRepository repository, ContactService contacts,
                             UserDetailsService users) {

    public static TestInfluences of(ApplicationContext context) {
        return new TestInfluences(context.getBean(BuyingInfluenceRepository.class),
                context.getBean(ContactService.class), context.getBean(UserDetailsService.class));
    }

    /** The account's contacts, as the administrator reads them. */
    public List<ContactDetails> contactsOf(long accountId) {
        return TestSessions.as(users, "admin", () -> contacts.list(accountId));
    }

    /** The contact as a buying influence on the deal, in the given roles; its id. */
    public long add(long dealId, long contactId, InfluenceRole... roles) {
        return TestSessions.as(users, "admin", () -> {
            BuyingInfluence influence = new BuyingInfluence(dealId, contactId);
            influence.setRoles(roles.length == 0 ? EnumSet.noneOf(InfluenceRole.class) : EnumSet.of(roles[0], roles));
            influence.setAttitude(Attitude.SUPPORTER);
            return repository.saveAndFlush(influence).requireId();
        });
    }

    /** Removes an influence as whoever edits influences would: the database removes its win results. */
    public void remove(long influenceId) {
        TestSessions.as(users, "admin", () -> {
            repository.deleteById(influenceId);
            repository.flush();
            return null;
        });
    }
}
