package com.headpin.accountplans;

import com.headpin.HeadpinTest;
import com.headpin.TestLogin;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactLinks.ContactLink;
import com.headpin.accounts.ContactService;
import com.headpin.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** Deleting a contact that a plan relationship uses removes the relationship in the deleting transaction. */
@HeadpinTest
class ContactDeletionIT {

    @Autowired
    AccountService accounts;
    @Autowired
    ContactService contacts;
    @Autowired
    AccountPlanService plans;
    @Autowired
    PlanItemService items;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void deletingAContactInARelationshipPlanNamesThePlanAndRemovesTheLink() {
        TestLogin.as(userDetails, "rep3");
        long accountId = accounts.page(new AccountFilter("华北电网", null, null, null, null, null, true),
                Pageable.unpaged()).getContent().getFirst().id();
        PlanDetails plan = plans.plan(accountId, plans.years(accountId).getFirst()).orElseThrow();
        ContactDetails contact = contacts.create(accountId, new ContactInput(0, "临时 Temporary", null, null, null,
                null, null, null, null, null));
        items.addRelationship(plan.id(), contact.id(), currentUser.requireId(), "发展为教练");
        assertThat(contacts.links(contact.id()))
                .containsExactly(new ContactLink("plan.contact-link", java.util.List.of(String.valueOf(plan.year()))));

        contacts.delete(contact.id(), contact.version());

        assertThat(contacts.find(contact.id())).isEmpty();
        assertThat(plans.plan(plan.id()).relationships()).noneMatch(r -> r.contactId() == contact.id())
                .hasSize(plan.relationships().size());
    }
}
