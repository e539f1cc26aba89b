package com.headpin.workspace.ui;

import java.util.List;

import com.headpin.KaribuTest;
import com.headpin.deals.TestDeals;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems;
import static com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The top bar's search box: rep3 (Energy team, North) finds their accounts by English or Chinese name, contacts
 * with their account, and deals; nothing of the Banking team in the East.
 */
class GlobalSearchTest extends KaribuTest {

    @Autowired
    ApplicationContext context;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @Test
    void aRepFindsTheirAccountByItsEnglishNameAndOpensIt() {
        openAs("rep3");
        navigate("");
        List<GlobalSearch.Found> found = search("china grid");
        assertThat(found).first().satisfies(first -> {
            assertThat(first.group()).isEqualTo("Accounts");
            assertThat(first.icon()).isEqualTo("vaadin:building");
            assertThat(first.hit().title()).isEqualTo("华北电网");
            assertThat(first.hit().detail()).isEqualTo("North China Grid · Emma Clarke");
        });

        box().setValue(found.getFirst());

        long grid = test.accountId("华北电网");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("accounts/" + grid);
        assertThat(box().getValue()).isNull();
    }

    @Test
    void oneChineseCharacterIsEnoughButOneLetterIsNot() {
        openAs("rep3");
        navigate("");
        assertThat(search("煤")).extracting(f -> f.hit().title()).contains("大同煤业能源");
        assertThat(search("华北")).extracting(f -> f.hit().title()).contains("华北电网");
        assertThat(search("G")).isEmpty();
    }

    @Test
    void contactsAndDealsComeInTheirOwnGroupsWithTheirAccount() {
        openAs("rep3");
        navigate("");
        List<GlobalSearch.Found> contacts = search("刘建国");
        assertThat(contacts).first().extracting(GlobalSearch.Found::group).isEqualTo("Contacts");
        assertThat(contacts).extracting(f -> f.hit().detail()).contains("华北电网 · 总经理 General Manager");
        assertThat(contacts).hasSizeLessThanOrEqualTo(GlobalSearch.PER_KIND);

        List<GlobalSearch.Found> deals = search("Grid · 培训");
        assertThat(deals).first().satisfies(first -> {
            assertThat(first.group()).isEqualTo("Deals");
            assertThat(first.hit().title()).isEqualTo("North China Grid · 培训 Training");
            assertThat(first.hit().detail()).isEqualTo("华北电网 · Won");
            assertThat(first.hit().link()).startsWith("deals/");
        });
    }

    @Test
    void anAccountOfAnotherRegionIsNotFound() {
        openAs("rep3");
        navigate("");
        assertThat(search("Pujiang")).isEmpty();
        assertThat(search("浦江")).isEmpty();
        assertThat(search("上海浦江银行")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<GlobalSearch.Found> box() {
        return _get(ComboBox.class, spec -> spec.withId("global-search"));
    }

    private static List<GlobalSearch.Found> search(String text) {
        ComboBox<GlobalSearch.Found> box = box();
        setUserInput(box, text);
        return getSuggestionItems(box);
    }
}
