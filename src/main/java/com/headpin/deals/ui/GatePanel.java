package com.headpin.deals.ui;

import java.util.List;
import java.util.function.Consumer;

import com.headpin.deals.DealDetails;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealStageService;
import com.headpin.deals.ExitCriterion;
import com.headpin.deals.SalesProcess;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The exit criteria of the stage the deal is in, ticked as they are met, and the moves: to the next stage through
 * the gate dialog, or back. Signing is the "won" outcome, not a move.
 */
class GatePanel extends Composite<VerticalLayout> {

    private final DealStageService stages;
    private final Consumer<DealDetails> onChanged;
    private final H3 heading = new H3();
    private final Div criteria = new Div();
    private final Button forward = new Button();
    private final Button back = new Button(VaadinIcon.ARROW_BACKWARD.create());
    private DealDetails deal;
    private SalesProcess process;
    private boolean mayOverride;

    GatePanel(DealStageService stages, Consumer<DealDetails> onChanged) {
        this.stages = stages;
        this.onChanged = onChanged;
        criteria.setId("deal-exit-criteria");
        criteria.addClassName("deal-exit-criteria");
        forward.setId("deal-move-forward");
        forward.addThemeVariants(ButtonVariant.PRIMARY);
        forward.setIcon(VaadinIcon.ARROW_FORWARD.create());
        forward.setIconAfterText(true);
        forward.addClickListener(e -> deal.stage().next().ifPresent(to -> openGate(to)));
        back.setId("deal-move-back");
        back.setText(getTranslation("deal.move-back"));
        back.addClickListener(e -> deal.stage().previous().ifPresent(to -> openGate(to)));
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.addClassName("deal-gate");
        layout.add(heading, criteria, new HorizontalLayout(back, forward));
    }

    void show(DealDetails details, SalesProcess sales, boolean edit, boolean override) {
        this.deal = details;
        this.process = sales;
        this.mayOverride = override;
        heading.setText(getTranslation("deal.exit-criteria", sales.stage(details.stage()).name(getLocale())));
        criteria.removeAll();
        List<ExitCriterion> list = sales.stage(details.stage()).exitCriteria();
        for (ExitCriterion criterion : list) {
            Checkbox box = new Checkbox(criterion.text(), details.checkedCriteria().contains(criterion.id()));
            box.setId("deal-criterion-" + criterion.id());
            box.setReadOnly(!edit || !details.isOpen());
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    tick(criterion, e.getValue());
                }
            });
            criteria.add(box);
        }
        boolean movable = edit && details.isOpen() && details.stage().isOpenStage();
        DealStage next = details.stage().next().filter(DealStage::isOpenStage).orElse(null);
        forward.setVisible(movable && next != null);
        if (next != null) {
            forward.setText(getTranslation("deal.move-to", sales.stage(next).name(getLocale())));
        }
        back.setVisible(movable && details.stage().previous().isPresent());
    }

    private void tick(ExitCriterion criterion, boolean checked) {
        try {
            onChanged.accept(stages.check(deal.id(), List.of(criterion.id()), checked));
        } catch (StaleDataException stale) {
            Notifications.error("deal.stale");
        }
    }

    private void openGate(DealStage to) {
        new GateDialog(stages, deal, to, process, mayOverride, onChanged).open();
    }
}
