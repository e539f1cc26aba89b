package com.headpin.accounts.ui;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountInput;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.accounts.AccountTopics;
import com.headpin.collaboration.LiveUpdates;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The router keeps the account view when another account is opened from it (a link, a notification): the second
 * account replaces the first entirely, and the first one's live updates no longer reach the screen.
 */
class AccountViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    LiveUpdates liveUpdates;

    @Test
    void openingAnotherAccountFromAnAccountShowsOnlyThatOne() {
        openAs("rep3");
        List<AccountSummary> mine = accounts.page(AccountFilter.ALL_ACTIVE, Pageable.unpaged()).getContent();
        AccountSummary first = mine.get(0);
        AccountSummary second = mine.get(1);
        navigate("accounts/" + first.id());
        int tabs = _find(Tab.class).size();

        navigate("accounts/" + second.id());

        assertThat(_find(Tab.class)).hasSize(tabs);
        assertThat(_get(H2.class, spec -> spec.withId("account-title")).getText()).isEqualTo(englishName(second));
        String notes = _get(TextArea.class, spec -> spec.withId("account-notes")).getValue();

        // A colleague changes the first account: nothing of it reaches the second one's screen. A probe on the same
        // screen, following the first account, shows when the change has been delivered there.
        AtomicInteger delivered = new AtomicInteger();
        Div probe = new Div();
        UI.getCurrent().add(probe);
        liveUpdates.subscribe(probe, AccountTopics.ACCOUNT.topic(first.id()), changes -> delivered.incrementAndGet());
        AccountDetails before = accounts.find(first.id()).orElseThrow();
        TestSessions.as(userDetails, "north.director", () -> accounts.update(first.id(),
                withNotes(before, "Changed by a colleague")));
        try {
            await().atMost(Duration.ofSeconds(10)).pollInSameThread().until(() -> {
                MockVaadin.clientRoundtrip(false);
                return delivered.get() > 0;
            });
            assertThat(_get(H2.class, spec -> spec.withId("account-title")).getText()).isEqualTo(englishName(second));
            assertThat(_get(TextArea.class, spec -> spec.withId("account-notes")).getValue()).isEqualTo(notes);
        } finally {
            AccountDetails changed = accounts.find(first.id()).orElseThrow();
            TestSessions.as(userDetails, "north.director", () -> accounts.update(first.id(),
                    withNotes(changed, before.notes())));
        }
    }

    private static AccountInput withNotes(AccountDetails account, String notes) {
        AccountInput a = AccountInput.from(account);
        return new AccountInput(a.version(), a.name(), a.altName(), a.industry(), a.nature(), a.sizeBand(),
                a.regionId(), a.teamId(), a.ownerId(), a.funnelPosition(), a.parentId(), a.address(), a.website(),
                notes, a.annualPotential(), a.tierOverride(), a.team());
    }

    /** rep3 works in English: an account's title is its English name when it has one. */
    private static String englishName(AccountSummary account) {
        return com.headpin.accounts.AccountNames.shown(account.name(), account.altName(), java.util.Locale.ENGLISH);
    }
}
