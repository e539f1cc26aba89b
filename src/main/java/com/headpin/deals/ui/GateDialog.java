package com.headpin.deals.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.headpin.deals.DealDetails;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealStageService;
import com.headpin.deals.ExitCriterion;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.internal.Deal;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The stage gate: moving forward lists the exit criteria still unticked; with none the move goes ahead, otherwise
 * only a director who manages the deal moves it, saying why (kept in the history). Moving back asks for an optional
 * reason.
 */
class GateDialog extends Dialog {

    private final TextArea reason = new TextArea();

    GateDialog(DealStageService stages, DealDetails deal, DealStage to, SalesProcess process, boolean mayOverride,
               Consumer<DealDetails> onMoved) {
        String target = process.stage(to).name(getLocale());
        setHeaderTitle(getTranslation("deal.move-to", target));
        setWidth("min(36rem, 95vw)");
        reason.setId("gate-reason");
        reason.setWidthFull();
        reason.setMaxLength(Deal.REASON_MAX_LENGTH);
        Button confirm = new Button(getTranslation("deal.move"), e -> move(stages, deal, to, onMoved));
        confirm.setId("gate-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (to.compareTo(deal.stage()) < 0) {
            reason.setLabel(getTranslation("deal.gate.back-reason"));
            add(new Paragraph(getTranslation("deal.gate.back", target)), reason);
        } else {
            List<ExitCriterion> missing = stages.missingFor(deal.id(), to);
            if (missing.isEmpty()) {
                add(new Paragraph(getTranslation("deal.gate.ready")));
            } else {
                UnorderedList list = new UnorderedList(missing.stream().map(c -> new ListItem(c.text()))
                        .toArray(ListItem[]::new));
                list.setId("gate-missing");
                add(new Paragraph(getTranslation("deal.gate.missing")), list);
                if (mayOverride) {
                    reason.setLabel(getTranslation("deal.gate.override-reason"));
                    reason.setRequiredIndicatorVisible(true);
                    add(reason);
                    confirm.setText(getTranslation("deal.gate.override"));
                    confirm.addThemeVariants(ButtonVariant.ERROR);
                } else {
                    Paragraph blocked = new Paragraph(getTranslation("deal.gate.blocked"));
                    blocked.setId("gate-blocked");
                    add(blocked);
                    confirm.setEnabled(false);
                }
            }
        }
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private void move(DealStageService stages, DealDetails deal, DealStage to, Consumer<DealDetails> onMoved) {
        DealCommand.run(this, Map.of("reason", reason), () -> stages.moveStage(deal.id(), deal.version(), to,
                reason.getValue()), onMoved);
    }
}
