package com.headpin.accounts.ui;

import java.util.EnumSet;
import java.util.List;

import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountRef;
import com.headpin.accounts.AccountService;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserChanges;
import com.headpin.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The account form offers only the owner, team and parent choices the user may make, and keeps the rest. */
class AccountScopeFormTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void aParentOutsideTheRepsPartShowsAsSuchAndSurvivesTheirSave() {
        long bank = as("director", () -> id("宁波港口银行"));
        long energy = as("director", () -> id("内蒙古风电"));
        as("director", () -> setParent(bank, energy));
        try {
            openAs("rep");   // works in Chinese
            navigate("accounts/" + bank);
            ComboBox<AccountRef> parent = combo("account-parent");
            assertThat(parent.getValue()).isNotNull();
            assertThat(parent.getItemLabelGenerator().apply(parent.getValue()))
                    .isEqualTo("您所辖组织以外的上级客户");
            assertThat(parent.isReadOnly()).isTrue();
            _get(TextArea.class, spec -> spec.withId("account-notes")).setValue("Parent kept?");
            _click(_get(Button.class, spec -> spec.withId("save-account")));

            AccountDetails saved = as("director", () -> accounts.find(bank).orElseThrow());
            assertThat(saved.notes()).isEqualTo("Parent kept?");
            assertThat(saved.parentId()).isEqualTo(energy);
        } finally {
            as("director", () -> setParent(bank, null));
        }
    }

    @Test
    void ownerAndTeamAreForTheManagersAboveTheAccountAndOfferOnlyTheirPart() {
        long bank = as("director", () -> id("杭州联合银行"));
        openAs("rep2");
        navigate("accounts/" + bank);
        assertThat(combo("account-owner").isReadOnly()).isTrue();
        assertThat(combo("account-team").isReadOnly()).isTrue();
        assertThat(combo("account-region").isReadOnly()).isTrue();
        assertThat(_get(Button.class, spec -> spec.withId("save-account")).isVisible()).isTrue();

        openAs("manager");
        navigate("accounts/" + bank);
        ComboBox<UserSummary> owner = combo("account-owner");
        assertThat(owner.isReadOnly()).isFalse();
        List<String> offered = getSuggestions(owner);
        assertThat(offered).contains("张敏", "刘洋").doesNotContain("Emma Clarke", "陈静");
        assertThat(getSuggestions(combo("account-team"))).containsExactly("上海金融行业组");
    }

    @Test
    void anOwnerThePickerCannotShowIsKeptWhenATeammateSaves() {
        long bank = as("director", () -> id("江南信托"));
        AccountInput before = as("director", () -> AccountInput.from(accounts.find(bank).orElseThrow()));
        UserSummary leaver = as("admin", () -> users.create(new NewUser("scope.leaver", "Departed Rep",
                "scope.leaver@demo.headpin.local", EnumSet.of(Role.REP), "en", "Leaver-2026-pass")));
        as("admin", () -> accounts.update(bank, withOwner(AccountInput.from(accounts.find(bank).orElseThrow()),
                leaver.id())));
        as("admin", () -> users.update(new UserChanges(leaver.id(), leaver.version(), leaver.fullName(),
                leaver.email(), leaver.roles(), false, leaver.preferredLanguage())));
        try {
            openAs("rep2");
            navigate("accounts/" + bank);
            _get(TextArea.class, spec -> spec.withId("account-notes")).setValue("Owner left the company");
            _click(_get(Button.class, spec -> spec.withId("save-account")));

            AccountDetails saved = as("director", () -> accounts.find(bank).orElseThrow());
            assertThat(saved.notes()).isEqualTo("Owner left the company");
            assertThat(saved.ownerId()).isEqualTo(leaver.id());
        } finally {
            as("director", () -> accounts.update(bank, withOwner(AccountInput.from(accounts.find(bank)
                    .orElseThrow()), before.ownerId())));
        }
    }

    @Test
    void aConsultantIsOfferedNeitherNewAccountsNorImportsNorSaving() {
        openAs("consultant");
        navigate("accounts");
        assertThat(_find(Button.class, spec -> spec.withId("new-account"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("import-accounts"))).isEmpty();
        long visible = accounts.page(AccountFilter.ALL_ACTIVE, Pageable.unpaged()).getContent().getFirst().id();
        navigate("accounts/" + visible);
        assertThat(_find(Button.class, spec -> spec.withId("save-account"))).isEmpty();
        assertThat(_get(TextField.class, spec -> spec.withId("account-name")).isReadOnly()).isTrue();
    }

    private static AccountInput withOwner(AccountInput in, long ownerId) {
        return new AccountInput(in.version(), in.name(), in.altName(), in.industry(), in.nature(), in.sizeBand(),
                in.regionId(), in.teamId(), ownerId, in.funnelPosition(), in.parentId(), in.address(),
                in.website(), in.notes(), in.annualPotential(), in.tierOverride(), in.team());
    }

    private Void setParent(long accountId, @Nullable Long parentId) {
        AccountInput in = AccountInput.from(accounts.find(accountId).orElseThrow());
        accounts.update(accountId, new AccountInput(in.version(), in.name(), in.altName(), in.industry(),
                in.nature(), in.sizeBand(), in.regionId(), in.teamId(), in.ownerId(), in.funnelPosition(), parentId,
                in.address(), in.website(), in.notes(), in.annualPotential(), in.tierOverride(), in.team()));
        return null;
    }

    private long id(String name) {
        return accounts.page(new AccountFilter(name, null, null, null, null, null, true), Pageable.unpaged())
                .getContent().getFirst().id();
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return TestSessions.as(userDetails, username, work);
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return _get(ComboBox.class, spec -> spec.withId(id));
    }
}
