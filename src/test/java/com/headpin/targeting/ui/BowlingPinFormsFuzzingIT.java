package com.headpin.targeting.ui;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.headpin.FormFuzzing;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountTopics;
import com.headpin.accounts.Industry;
import com.headpin.collaboration.CommentItem;
import com.headpin.collaboration.CommentService;
import com.headpin.targeting.BeachheadRow;
import com.headpin.targeting.BeachheadService;
import com.headpin.targeting.Showcase;
import com.vaadin.flow.component.button.Button;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input in the bowling pin (strategy, showcase evidence) and in a record's comments. */
class BowlingPinFormsFuzzingIT extends FormFuzzing {

    @Autowired
    BeachheadService beachheads;
    @Autowired
    AccountService accounts;
    @Autowired
    CommentService comments;

    @Test
    void strategyAndShowcaseDialogs() {
        openAs("director");
        long headPin = headPin();
        for (Input<String> input : TEXTS) {
            String what = "bowling pin, strategy: " + input;
            String before = beachheads.view(Industry.BANKING).strategy();
            fresh("accounts/bowling-pin");
            _click(_get(Button.class, spec -> spec.withId("bowling-edit")));
            type("bowling-strategy", input.value());
            Outcome outcome = attempt(what, "bowling-save");
            assertStored(what, outcome, input.value(), beachheads.view(Industry.BANKING).strategy(), before);
        }
        showcase(headPin, "showcase-url", Showcase::evidenceUrl);
        showcase(headPin, "showcase-note", Showcase::note);
        for (Input<java.time.LocalDate> input : DATES) {
            String what = "showcase, date: " + input;
            openShowcase(headPin);
            type("showcase-date", input.value());
            attemptAdd(what, "save-showcase", () -> evidence(headPin), Showcase::id,
                    saved -> assertThat(saved.achievedOn()).as(what).isEqualTo(input.value()));
        }
    }

    @Test
    void comments() {
        openAs("rep3");
        long account = accounts.page(AccountFilter.ALL_ACTIVE, Pageable.unpaged()).getContent().getFirst().id();
        for (Input<String> input : TEXTS) {
            String what = "comment: " + input;
            fresh("accounts/" + account);
            selectTab("account.tab.comments");
            type("comment-input", input.value());
            attemptAdd(what, "comment-post", () -> comments.list(AccountTopics.ACCOUNT, account), CommentItem::id,
                    holds(what, input.value(), CommentItem::body));
        }
    }

    private void showcase(long headPin, String field, Function<Showcase, @Nullable Object> stored) {
        for (Input<String> input : TEXTS) {
            String what = "showcase, " + field + ": " + input;
            openShowcase(headPin);
            type(field, input.value());
            attemptAdd(what, "save-showcase", () -> evidence(headPin), Showcase::id, saved -> {
                Object value = stored.apply(saved);
                // An evidence address without a scheme is stored with https://.
                assertThat(storedAsTyped(input.value(), value) || String.valueOf(value).equals("https://"
                        + input.value().strip())).as(what + ": saved as " + abbreviate(value)).isTrue();
            });
        }
    }

    private static void openShowcase(long headPin) {
        fresh("accounts/bowling-pin");
        _click(_get(Button.class, spec -> spec.withId("add-showcase-" + headPin)));
    }

    private List<Showcase> evidence(long headPin) {
        return beachheads.view(Industry.BANKING).headPins().stream().filter(p -> p.account().id() == headPin)
                .findFirst().orElseThrow().showcase();
    }

    /** The banking head pin, chosen here if there is none yet. */
    private long headPin() {
        BeachheadRow row = beachheads.view(Industry.BANKING);
        if (!row.headPins().isEmpty()) {
            return row.headPins().getFirst().account().id();
        }
        long bank = accounts.page(new AccountFilter("", null, Industry.BANKING, null, null, null, false),
                Pageable.unpaged()).getContent().getFirst().id();
        beachheads.update(Industry.BANKING, row.version(), row.strategy(), Set.of(bank), Set.of());
        return bank;
    }
}
