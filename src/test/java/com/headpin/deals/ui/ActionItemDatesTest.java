package com.headpin.deals.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import com.headpin.KaribuTest;
import com.headpin.deals.DealAction;
import com.headpin.deals.DealActionService;
import com.headpin.deals.DealDetails;
import com.headpin.deals.TestDeals;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.headpin.TypedDates.type;
import static org.assertj.core.api.Assertions.assertThat;

/** A deal action item's due date typed in the Chinese UI, new and edited (a shared form). */
class ActionItemDatesTest extends KaribuTest {

    @Autowired
    DealActionService actions;
    @Autowired
    ApplicationContext context;

    @Test
    void aDueDateTypedInChineseIsSavedAndUnreadableTextSavesNothing() {
        TestDeals test = TestDeals.of(context);
        DealDetails deal = test.create("rep", "杭州联合银行", "Typed due dates", 300_000);
        openAs("rep");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        navigate("deals/" + deal.id());

        _click(button("deal-action-add"));
        _setValue(_get(TextField.class, spec -> spec.withId("action-text")), "Send the reference list");
        type(due(), "2026年12月22日");
        _click(button("save-action"));
        _assertNone(ActionItemDialog.class);
        assertThat(saved(test, deal)).extracting(DealAction::dueDate).containsExactly(LocalDate.of(2026, 12, 22));

        _clickItem(actionGrid(), 0);
        type(due(), "2026-12-20");
        _click(button("save-action"));
        _assertNone(ActionItemDialog.class);
        DealAction edited = saved(test, deal).getFirst();
        assertThat(edited.dueDate()).isEqualTo(LocalDate.of(2026, 12, 20));

        _clickItem(actionGrid(), 0);
        type(due(), "圣诞节前");
        _click(button("save-action"));
        _assertOne(ActionItemDialog.class);
        assertThat(due().getErrorMessage()).isEqualTo(due().getTranslation("date.unreadable"));
        assertThat(saved(test, deal).getFirst()).isEqualTo(edited);
        _get(ActionItemDialog.class).close();

        _click(button("deal-action-add"));
        _setValue(_get(TextField.class, spec -> spec.withId("action-text")), "Call the CIO");
        type(due(), "soon");
        _click(button("save-action"));
        _assertOne(ActionItemDialog.class);
        assertThat(due().isInvalid()).isTrue();
        assertThat(saved(test, deal)).extracting(DealAction::text).containsExactly("Send the reference list");
    }

    private List<DealAction> saved(TestDeals test, DealDetails deal) {
        return test.as("rep", () -> actions.actions(deal.id()));
    }

    private static DatePicker due() {
        return _get(DatePicker.class, spec -> spec.withId("action-due-date"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<DealAction> actionGrid() {
        return _get(Grid.class, spec -> spec.withId("deal-actions"));
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
