package com.headpin.stakeholders;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

import com.headpin.HeadpinTest;
import com.headpin.accounts.ContactDetails;
import com.headpin.accounts.ContactInput;
import com.headpin.accounts.ContactLinks;
import com.headpin.accounts.ContactService;
import com.headpin.collaboration.Timeline;
import com.headpin.collaboration.TimelineEntry;
import com.headpin.deals.DealDetails;
import com.headpin.deals.DealRole;
import com.headpin.deals.DealTopics;
import com.headpin.deals.TestDeals;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A deal's buying influences through the service: who reads and writes, the input rules, contact deletes, history. */
@HeadpinTest
class BuyingInfluenceIT {

    @Autowired
    BuyingInfluenceService influences;
    @Autowired
    ContactService contacts;
    @Autowired
    Timeline timeline;
    @Autowired
    ApplicationContext context;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRepOutsideTheDealNeitherReadsNorWritesItsInfluences() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Influences: outsider", 300_000);
        long contactId = test.as("rep", () -> influences.candidates(deal.id())).getFirst().id();
        InfluenceRow added = test.as("rep", () -> influences.add(deal.id(), contactId, input(InfluenceRole.USER)));

        refused("rep3", () -> influences.list(deal.id()), "deal", "deal.not-found");
        refused("rep3", () -> influences.candidates(deal.id()), "deal", "deal.not-found");
        refused("rep3", () -> influences.mayEdit(deal.id()), "deal", "deal.not-found");
        refused("rep3", () -> influences.update(deal.id(), added.id(), InfluenceInput.from(added)
                .withAttitude(Attitude.OPPONENT)), "deal", "deal.not-found");
        refused("rep3", () -> {
            influences.remove(deal.id(), added.id(), added.version());
            return null;
        }, "deal", "deal.not-found");
        assertThat(test.as("rep", () -> influences.list(deal.id()))).singleElement()
                .satisfies(row -> assertThat(row.attitude()).isEqualTo(Attitude.NEUTRAL));
    }

    @Test
    void aConsultantOnTheDealTeamReadsButDoesNotEdit() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Influences: consultant", 300_000);
        long contactId = test.as("rep", () -> influences.candidates(deal.id())).getFirst().id();
        InfluenceRow added = test.as("rep", () -> influences.add(deal.id(), contactId, input(InfluenceRole.COACH)));
        test.addToTeam("rep", deal.id(), "consultant", DealRole.CONSULTANT);

        assertThat(test.as("consultant", () -> influences.list(deal.id()))).extracting(InfluenceRow::contactId)
                .containsExactly(contactId);
        assertThat(test.as("consultant", () -> influences.mayEdit(deal.id()))).isFalse();
        assertThatThrownBy(() -> test.as("consultant", () -> influences.update(deal.id(), added.id(),
                InfluenceInput.from(added).withAttitude(Attitude.SUPPORTER))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> test.as("consultant", () -> influences.addWithNewContact(deal.id(), "吴敏", null,
                input(InfluenceRole.USER)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void inputIsCheckedBeforeAnythingIsStoredAndAStaleChangeIsRefused() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Influences: rules", 300_000);
        DealDetails other = test.create("rep", "宁波港口银行", "Influences: other account", 300_000);
        long contactId = test.as("rep", () -> influences.candidates(deal.id())).getFirst().id();
        long foreign = test.as("rep", () -> influences.candidates(other.id())).getFirst().id();
        int people = test.as("rep", () -> contacts.list(deal.accountId())).size();

        refused("rep", () -> influences.add(deal.id(), contactId, new InfluenceInput(0, Set.of(), null, null, null,
                null)), "roles", "influence.roles.required");
        refused("rep", () -> influences.add(deal.id(), foreign, input(InfluenceRole.USER)), "contact",
                "influence.contact.other-account");
        refused("rep", () -> influences.add(deal.id(), contactId, new InfluenceInput(0, Set.of(InfluenceRole.USER),
                null, null, null, "长".repeat(2001))), "organisationalResults", "validation.too-long.2000");
        refused("rep", () -> influences.addWithNewContact(deal.id(), "吴敏", "采购总监", new InfluenceInput(0, Set.of(),
                null, null, null, null)), "roles", "influence.roles.required");
        refused("rep", () -> influences.addWithNewContact(deal.id(), " ", null, input(InfluenceRole.USER)),
                "name", "validation.required");
        assertThat(test.as("rep", () -> contacts.list(deal.accountId()))).as("no contact half-stored")
                .hasSize(people);

        InfluenceRow added = test.as("rep", () -> influences.add(deal.id(), contactId, input(InfluenceRole.USER)));
        refused("rep", () -> influences.add(deal.id(), contactId, input(InfluenceRole.COACH)), "contact",
                "influence.contact.taken");
        assertThat(test.as("rep", () -> influences.candidates(deal.id()))).extracting(ContactDetails::id)
                .doesNotContain(contactId);
        InfluenceRow changed = test.as("manager", () -> influences.update(deal.id(), added.id(),
                InfluenceInput.from(added).withAttitude(Attitude.SCEPTIC)));
        assertThat(changed.version()).isGreaterThan(added.version());
        assertThatThrownBy(() -> test.as("rep", () -> influences.update(deal.id(), added.id(),
                InfluenceInput.from(added).withAttitude(Attitude.SUPPORTER)))).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> test.as("rep", () -> {
            influences.remove(deal.id(), added.id(), added.version());
            return null;
        })).isInstanceOf(StaleDataException.class);
    }

    @Test
    void deletingAContactNamesItsDealsAndRemovesItsInfluences() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Influences: contact delete", 300_000);
        InfluenceRow added = test.as("rep", () -> influences.addWithNewContact(deal.id(), "冯志强", "财务总监 CFO",
                input(InfluenceRole.DECISION_MAKER)));
        assertThat(test.as("rep", () -> contacts.links(added.contactId())))
                .contains(new ContactLinks.ContactLink("influence.contact-link", List.of(deal.name())));

        ContactDetails contact = test.as("rep", () -> contacts.find(added.contactId())).orElseThrow();
        test.as("rep", () -> {
            contacts.delete(contact.id(), contact.version());
            return null;
        });
        assertThat(test.as("rep", () -> influences.list(deal.id()))).isEmpty();
    }

    @Test
    void theDealsActivityShowsInfluenceChanges() {
        DealDetails deal = test.create("rep", "杭州联合银行", "Influences: activity", 300_000);
        long contactId = test.as("rep", () -> influences.candidates(deal.id())).getFirst().id();
        InfluenceRow added = test.as("rep", () -> influences.add(deal.id(), contactId, input(InfluenceRole.USER)));
        test.as("rep", () -> influences.update(deal.id(), added.id(), new InfluenceInput(added.version(),
                Set.of(InfluenceRole.USER, InfluenceRole.COACH), added.influence(), Attitude.SUPPORTER,
                added.certainty(), null)));

        List<TimelineEntry> activity = test.as("rep", () -> timeline.entries(DealTopics.DEAL, deal.id(),
                Locale.ENGLISH)).stream().filter(e -> "influence.history".equals(e.field())).toList();
        assertThat(activity).hasSize(2);
        assertThat(activity.getFirst().after()).as("newest first").contains("Coach").contains("Supporter");
        assertThat(activity.getFirst().before()).contains("Neutral").doesNotContain("Coach");
        assertThat(activity.getLast().before()).as("added").isEmpty();
    }

    private static InfluenceInput input(InfluenceRole role) {
        return new InfluenceInput(0, Set.of(role), InfluenceLevel.MEDIUM, Attitude.NEUTRAL, Certainty.LIKELY, null);
    }

    private void refused(String user, Supplier<?> work, String field, String key) {
        assertThatThrownBy(() -> test.as(user, work)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry(field, key));
    }
}
