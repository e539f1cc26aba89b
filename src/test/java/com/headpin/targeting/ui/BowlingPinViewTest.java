package com.headpin.targeting.ui;

import com.headpin.KaribuTest;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import com.headpin.targeting.BeachheadService;
import com.headpin.accounts.Industry;
import com.headpin.targeting.ShowcaseKind;
import com.headpin.shared.BusinessCalendar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class BowlingPinViewTest extends KaribuTest {

    @Autowired
    BusinessCalendar calendar;
    @Autowired
    BeachheadService beachheads;
    @Autowired
    AccountService accounts;

    @Test
    void theTeamSeesTheHeadPinItsShowcaseAndTheLookAlikesAndRecordsEvidence() {
        long headPin = openShowingHeadPin("rep3", Industry.ENERGY);
        Div card = _get(Div.class, spec -> spec.withId("head-pin-" + headPin));
        assertThat(card.getElement().getTextRecursively()).contains("Head pin: 北京燃气热力", "Showcase: 2 of 5");
        assertThat(_get(Div.class, spec -> spec.withId("bowling-look-alikes")).getElement().getTextRecursively())
                .contains("Look-alikes to knock down (9)", "华北电网");
        assertThat(_find(Button.class, spec -> spec.withId("bowling-edit"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("add-showcase-" + headPin)));
        @SuppressWarnings("unchecked")
        Select<ShowcaseKind> kind = _get(Select.class, spec -> spec.withId("showcase-kind"));
        kind.setValue(ShowcaseKind.AWARD);
        _get(TextField.class, spec -> spec.withId("showcase-url")).setValue("javascript:alert(1)");
        _click(_get(Button.class, spec -> spec.withId("save-showcase")));
        assertThat(_get(TextField.class, spec -> spec.withId("showcase-url")).isInvalid()).isTrue();
        _get(TextField.class, spec -> spec.withId("showcase-url")).setValue("www.example.cn/award");
        _get(DatePicker.class, spec -> spec.withId("showcase-date")).setValue(calendar.today().minusDays(1));
        _click(_get(Button.class, spec -> spec.withId("save-showcase")));

        assertThat(beachheads.view(Industry.ENERGY).headPins().getFirst().achievedKinds()).isEqualTo(3);
    }

    @Test
    void aNotPursuedLookAlikeStaysWhenADirectorSavesThePins() {
        openAs("director");
        AccountSummary dropped = beachheads.view(Industry.ENERGY).lookAlikes().getFirst();
        accounts.setNotPursuing(dropped.id(), accounts.find(dropped.id()).orElseThrow().version(), "Budget frozen");
        try {
            navigate("accounts/bowling-pin");
            @SuppressWarnings("unchecked")
            Select<Industry> industry = _get(Select.class, spec -> spec.withId("bowling-industry"));
            industry.setValue(Industry.ENERGY);
            _click(_get(Button.class, spec -> spec.withId("bowling-edit")));
            _click(_get(Button.class, spec -> spec.withId("bowling-save")));

            assertThat(beachheads.view(Industry.ENERGY).lookAlikes()).extracting(AccountSummary::id)
                    .contains(dropped.id());
        } finally {
            accounts.setNotPursuing(dropped.id(), accounts.find(dropped.id()).orElseThrow().version(), null);
        }
    }

    @Test
    void aConsultantSeesTheHeadPinButIsOfferedNoChangeAndARepNoChoiceOfPins() {
        long headPin = openShowingHeadPin("consultant", Industry.MANUFACTURING);
        _get(Div.class, spec -> spec.withId("head-pin-" + headPin));
        assertThat(_find(Button.class, spec -> spec.withId("add-showcase-" + headPin))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("bowling-edit"))).isEmpty();

        openAs("rep2");
        navigate("accounts/bowling-pin");
        assertThat(_find(Button.class, spec -> spec.withId("bowling-edit"))).isEmpty();
    }

    @Test
    void directorsChooseTheHeadPin() {
        openAs("director");
        navigate("accounts/bowling-pin");
        assertThat(_find(Button.class, spec -> spec.withId("bowling-edit"))).hasSize(1);
    }

    /** Opens the bowling pin as the user, showing the industry; returns the id of its (first) head pin. */
    private long openShowingHeadPin(String username, Industry shown) {
        openAs(username);
        navigate("accounts/bowling-pin");
        @SuppressWarnings("unchecked")
        Select<Industry> industry = _get(Select.class, spec -> spec.withId("bowling-industry"));
        industry.setValue(shown);
        return beachheads.view(shown).headPins().getFirst().account().id();
    }
}
