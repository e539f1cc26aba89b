package com.headpin.deals.ui;

import com.headpin.KaribuTest;
import com.headpin.TestSessions;
import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.SalesProcessInput;
import com.headpin.deals.SalesProcessService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The sales-process page: the top director edits it, a rep reads it. */
class SalesProcessViewTest extends KaribuTest {

    @Autowired
    SalesProcessService process;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void theTopDirectorChangesAStagesWeeksAndCriteriaAndARefusalShowsAtTheField() {
        SalesProcess before = stored();
        openAs("director");
        navigate("sales-process");
        IntegerField weeks = _get(IntegerField.class, spec -> spec.withId("process-stage3-typical-weeks"));
        assertThat(weeks.getValue()).isEqualTo(5);
        IntegerField probability = _get(IntegerField.class, spec -> spec.withId("process-stage2-probability"));
        probability.setValue(5);
        _click(_get(Button.class, spec -> spec.withId("save-process")));
        assertThat(probability.isInvalid()).as("below the seminar's 10%").isTrue();
        assertThat(stored().version()).isEqualTo(before.version());

        try {
            probability.setValue(20);
            weeks.setValue(6);
            TextArea criteria = _get(TextArea.class, spec -> spec.withId("process-stage3-exit-criteria"));
            criteria.setValue(criteria.getValue() + "\n\nBudget owner met");
            _click(_get(Button.class, spec -> spec.withId("save-process")));
            SalesProcess saved = stored();
            assertThat(saved.stage(DealStage.CONSULTING).typicalWeeks()).isEqualTo(6);
            assertThat(saved.stage(DealStage.CONSULTING).exitCriteria()).last()
                    .extracting(c -> c.text()).isEqualTo("Budget owner met");
        } finally {
            TestSessions.as(userDetails, "admin", () -> process.update(new SalesProcessInput(stored().version(),
                    before.prospectingWeeks(), SalesProcessInput.from(before).stages(),
                    SalesProcessInput.from(before).deliverables())));
        }
    }

    @Test
    void aRepReadsTheProcessButCannotSaveIt() {
        openAs("rep");
        navigate("sales-process");
        assertThat(_get(IntegerField.class, spec -> spec.withId("process-stage1-probability")).isReadOnly()).isTrue();
        assertThat(_find(Button.class, spec -> spec.withId("save-process"))).as("visible ones").isEmpty();
    }

    private SalesProcess stored() {
        return TestSessions.as(userDetails, "admin", process::current);
    }
}
