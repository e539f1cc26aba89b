package com.headpin.accounts;

import java.math.BigDecimal;
import java.util.Set;

import com.headpin.DemoUnits;
import com.headpin.HeadpinTest;
import com.headpin.TestSessions;
import com.headpin.organisation.OrganisationService;
import com.headpin.security.HeadpinUserPrincipal;
import com.headpin.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.headpin.DemoUnits.BANKING;
import static com.headpin.DemoUnits.EAST;
import static com.headpin.DemoUnits.ENERGY;
import static com.headpin.DemoUnits.MANUFACTURING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who may put an account where, who sees it, and what an id outside one's part answers (demo data: Banking accounts
 * are rep's on the East Banking team, which manager manages and rep2 is on; Energy accounts are rep3's in North).
 */
@HeadpinTest
class AccountScopeIT {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountCsvService csv;
    @Autowired
    ContactService contacts;
    @Autowired
    ScorecardService scorecard;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aTeammateSavesAnAccountTheyMayEditWithoutItsOwnerGettingInTheWay() {
        AccountDetails bank = as("rep2", () -> accounts.find(idOf("上海浦江银行")).orElseThrow());
        assertThat(bank.ownerId()).isEqualTo(userId("rep"));
        AccountDetails saved = as("rep2", () -> accounts.update(bank.id(), notes(AccountInput.from(bank),
                "Visited the CIO")));
        assertThat(saved.notes()).isEqualTo("Visited the CIO");
        assertThat(saved.ownerId()).isEqualTo(userId("rep"));
    }

    @Test
    void aRepCannotTakeATeammatesAccountNorMoveTheirOwnToAnotherTeam() {
        AccountDetails bank = as("rep2", () -> accounts.find(idOf("华东商业银行")).orElseThrow());
        assertRefused("rep2", () -> accounts.update(bank.id(), owner(AccountInput.from(bank), userId("rep2"))),
                "owner", "account.placement.managers-only");
        assertRefused("rep", () -> accounts.update(bank.id(), team(AccountInput.from(bank), unit(MANUFACTURING),
                unit(EAST))), "team", "account.placement.managers-only");
        assertThat(as("rep", () -> accounts.find(bank.id())).orElseThrow().ownerId()).isEqualTo(userId("rep"));
        // Nor can a rep start an account on a team that is not theirs, or give it to someone else.
        assertRefused("rep", () -> accounts.create(newAccount("宿迁测试银行", userId("rep"), unit(ENERGY), null)),
                "team", "account.team.outside");
        assertRefused("rep", () -> accounts.create(newAccount("宿迁测试银行", userId("rep2"), unit(BANKING), null)),
                "owner", "account.owner.outside");
    }

    @Test
    void theTeamsManagerMovesItsAccountsWithinTheirPartOnly() {
        AccountDetails bank = as("manager", () -> accounts.find(idOf("长三角农村商业银行")).orElseThrow());
        assertRefused("manager", () -> accounts.update(bank.id(), owner(AccountInput.from(bank), userId("rep3"))),
                "owner", "account.owner.outside");
        assertRefused("manager", () -> accounts.update(bank.id(), team(AccountInput.from(bank),
                unit(MANUFACTURING), unit(EAST))), "team", "account.team.outside");
        AccountDetails moved = as("manager", () -> accounts.update(bank.id(), owner(AccountInput.from(bank),
                userId("rep2"))));
        assertThat(moved.ownerId()).isEqualTo(userId("rep2"));
        as("manager", () -> accounts.update(bank.id(), owner(AccountInput.from(moved), userId("rep"))));

        AccountChoices choices = as("manager", () -> accounts.choices(bank.id()));
        assertThat(choices.mayPlace()).isTrue();
        assertThat(choices.ownerIds()).contains(userId("rep"), userId("rep2")).doesNotContain(userId("rep3"));
        assertThat(choices.teamIds()).containsExactly(unit(BANKING));
        AccountChoices rep = as("rep2", () -> accounts.choices(bank.id()));
        assertThat(rep.mayEdit()).isTrue();
        assertThat(rep.mayPlace()).isFalse();
    }

    @Test
    void aConsultantReadsWhatTheySeeButNeitherCreatesImportsNorEdits() {
        AccountSummary visible = as("consultant", () -> accounts.page(AccountFilter.ALL_ACTIVE,
                Pageable.unpaged()).getContent().getFirst());
        AccountDetails details = as("consultant", () -> accounts.find(visible.id()).orElseThrow());
        long me = userId("consultant");
        assertDenied(() -> accounts.create(newAccount("顾问测试客户", me, null, null)));
        assertDenied(() -> csv.preview("name,industry\n顾问测试客户,OTHER\n"));
        assertDenied(() -> csv.importAll("name,industry\n顾问测试客户,OTHER\n"));
        assertDenied(() -> accounts.update(details.id(), notes(AccountInput.from(details), "edited")));
        assertDenied(() -> accounts.setNotPursuing(details.id(), details.version(), "no budget"));
        assertDenied(() -> contacts.create(details.id(), new ContactInput(0, "王强", null, null, null, null, null,
                null, null, null)));
        assertDenied(() -> scorecard.score(details.id(), scorecard.criteria().getFirst().id(), 3));
        assertThat(as("consultant", () -> accounts.choices(null)).mayEdit()).isFalse();
        assertThat(as("consultant", () -> csv.export(AccountFilter.ALL_ACTIVE))).contains(details.name());
    }

    @Test
    void aRegionsDirectorDoesNotSeeAnAccountOfAnotherRegionsTeamOwnedByTheirOwnRep() {
        long rep3 = userId("rep3");
        // Placed on the East Banking team, owned by rep3 of the North Energy team; set aside so lists stay as seeded.
        AccountDetails created = as("admin", () -> accounts.create(newAccount("跨区测试银行", rep3, unit(BANKING),
                unit(EAST))));
        as("admin", () -> accounts.setNotPursuing(created.id(), created.version(), "scope test"));

        assertThat(as("north.director", () -> accounts.find(created.id()))).isEmpty();
        assertThat(as("north.director", () -> accounts.page(new AccountFilter("跨区测试银行", null, null, null, null,
                null, true), Pageable.unpaged()).getContent())).isEmpty();
        assertThat(as("manager", () -> accounts.find(created.id()))).isPresent();
        assertThat(as("director", () -> accounts.find(created.id()))).isPresent();
        assertThat(as("rep3", () -> accounts.find(created.id()))).as("the owner").isPresent();
    }

    @Test
    void anAccountOutsideOnesPartAnswersExactlyLikeAMissingOne() {
        long energy = as("director", () -> idOf("华北电网"));
        AccountDetails details = as("director", () -> accounts.find(energy).orElseThrow());
        long missing = Long.MAX_VALUE;
        assertThat(as("rep", () -> accounts.find(energy))).isEmpty();
        assertThat(as("rep", () -> accounts.ref(energy))).isEmpty();
        for (long id : new long[] {energy, missing}) {
            assertRefused("rep", () -> accounts.update(id, AccountInput.from(details)), "account",
                    "account.not-found");
            assertRefused("rep", () -> {
                accounts.requireVisible(id);
                return null;
            }, "account", "account.not-found");
            assertRefused("rep", () -> contacts.list(id), "account", "account.not-found");
            assertRefused("rep", () -> accounts.choices(id), "account", "account.not-found");
        }
        long contact = as("rep3", () -> contacts.list(energy).getFirst().id());
        assertThat(as("rep", () -> contacts.find(contact))).isEmpty();
        assertRefused("rep", () -> contacts.links(contact), "contact", "contact.not-found");
        assertRefused("rep", () -> contacts.links(missing), "contact", "contact.not-found");
    }

    @Test
    void aParentOutsideTheEditorsPartIsKeptWhenTheyChangeSomethingElse() {
        long bank = as("director", () -> idOf("苏州城市银行"));
        long energy = as("director", () -> idOf("北京燃气热力"));
        AccountDetails before = as("director", () -> accounts.find(bank).orElseThrow());
        as("director", () -> accounts.update(bank, parent(AccountInput.from(before), energy)));

        AccountDetails seen = as("rep", () -> accounts.find(bank).orElseThrow());
        assertThat(seen.parentId()).isEqualTo(energy);
        AccountDetails saved = as("rep", () -> accounts.update(bank, notes(AccountInput.from(seen), "Group deal")));
        assertThat(saved.parentId()).isEqualTo(energy);
        // Dropping a parent one cannot see is refused, not silently done.
        assertRefused("rep", () -> accounts.update(bank, parent(AccountInput.from(saved), null)), "parent",
                "account.parent.outside");
        AccountDetails after = as("director", () -> accounts.find(bank).orElseThrow());
        assertThat(after.parentId()).isEqualTo(energy);
        as("director", () -> accounts.update(bank, notes(parent(AccountInput.from(after), null), before.notes())));
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return TestSessions.as(userDetails, username, work);
    }

    private void assertRefused(String username, java.util.function.Supplier<?> work, String field, String key) {
        assertThatThrownBy(() -> as(username, work)).isInstanceOfSatisfying(InvalidInputException.class,
                invalid -> assertThat(invalid.fieldErrors()).containsEntry(field, key));
    }

    private void assertDenied(java.util.function.Supplier<?> work) {
        assertThatThrownBy(() -> as("consultant", work)).isInstanceOf(AccessDeniedException.class);
    }

    private long idOf(String name) {
        return accounts.page(new AccountFilter(name, null, null, null, null, null, true), Pageable.unpaged())
                .getContent().getFirst().id();
    }

    private long userId(String username) {
        return ((HeadpinUserPrincipal) userDetails.loadUserByUsername(username)).userId();
    }

    private long unit(String name) {
        return DemoUnits.id(organisation, userDetails, name);
    }

    private static AccountInput newAccount(String name, long ownerId, @Nullable Long teamId,
                                           @Nullable Long regionId) {
        return new AccountInput(0, name, null, Industry.BANKING, Nature.PRIVATE, SizeBand.MEDIUM, regionId, teamId,
                ownerId, FunnelPosition.ABOVE, null, null, null, null, BigDecimal.ZERO, null, Set.of());
    }

    private static AccountInput owner(AccountInput in, long ownerId) {
        return new AccountInput(in.version(), in.name(), in.altName(), in.industry(), in.nature(), in.sizeBand(),
                in.regionId(), in.teamId(), ownerId, in.funnelPosition(), in.parentId(), in.address(),
                in.website(), in.notes(), in.annualPotential(), in.tierOverride(), in.team());
    }

    private static AccountInput team(AccountInput in, long teamId, long regionId) {
        return new AccountInput(in.version(), in.name(), in.altName(), in.industry(), in.nature(), in.sizeBand(),
                regionId, teamId, in.ownerId(), in.funnelPosition(), in.parentId(), in.address(),
                in.website(), in.notes(), in.annualPotential(), in.tierOverride(), in.team());
    }

    private static AccountInput parent(AccountInput in, @Nullable Long parentId) {
        return new AccountInput(in.version(), in.name(), in.altName(), in.industry(), in.nature(), in.sizeBand(),
                in.regionId(), in.teamId(), in.ownerId(), in.funnelPosition(), parentId, in.address(),
                in.website(), in.notes(), in.annualPotential(), in.tierOverride(), in.team());
    }

    private static AccountInput notes(AccountInput in, @Nullable String notes) {
        return new AccountInput(in.version(), in.name(), in.altName(), in.industry(), in.nature(), in.sizeBand(),
                in.regionId(), in.teamId(), in.ownerId(), in.funnelPosition(), in.parentId(), in.address(),
                in.website(), notes, in.annualPotential(), in.tierOverride(), in.team());
    }
}
