package com.headpin.deals.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.headpin.deals.DealDetails;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealStageService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** Won, lost, delayed for an open deal, reopen for a closed one; each opens its outcome dialog. Editors only. */
class OutcomeButtons extends Composite<HorizontalLayout> {

    private final DealStageService stages;
    private final Supplier<List<String>> competitors;
    private final Supplier<LocalDate> today;
    private final Consumer<DealDetails> onChanged;

    OutcomeButtons(DealStageService stages, Supplier<List<String>> competitors, Supplier<LocalDate> today,
                   Consumer<DealDetails> onChanged) {
        this.stages = stages;
        this.competitors = competitors;
        this.today = today;
        this.onChanged = onChanged;
        getContent().setId("deal-outcomes");
    }

    void show(DealDetails deal, boolean mayEdit) {
        HorizontalLayout buttons = getContent();
        buttons.removeAll();
        if (!mayEdit) {
            return;
        }
        List<DealOutcome> offered = switch (deal.outcome()) {
            case OPEN -> List.of(DealOutcome.WON, DealOutcome.LOST, DealOutcome.DELAYED);
            case WON, LOST, DELAYED -> List.of(DealOutcome.OPEN);
        };
        for (DealOutcome outcome : offered) {
            String name = outcome.name().toLowerCase(Locale.ROOT);
            Button button = new Button(getTranslation("deal.outcome.set." + name), e -> new OutcomeDialog(stages,
                    competitors.get(), deal, outcome, today.get(), onChanged).open());
            button.setId("deal-outcome-" + name);
            buttons.add(button);
        }
    }
}
