package com.headpin.deals.ui;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import com.headpin.deals.DealDetails;
import com.headpin.deals.DealOutcome;
import com.headpin.deals.DealStageService;
import com.headpin.deals.OutcomeInput;
import com.headpin.deals.internal.Deal;
import com.headpin.shared.ui.AmountField;
import com.headpin.shared.ui.DateField;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Ends a deal, or reopens it, with what the outcome needs: won — the final amount and the signing date; lost — the
 * reason and the competitor who won (picked from the company's list or added); delayed — a new expected close date.
 */
class OutcomeDialog extends Dialog {

    private final AmountField finalAmount = new AmountField();
    private final DateField signedOn = new DateField();
    private final TextArea lostReason = new TextArea();
    private final ComboBox<String> lostTo = new ComboBox<>();
    private final DateField newExpectedClose = new DateField();

    OutcomeDialog(DealStageService stages, java.util.List<String> competitors, DealDetails deal, DealOutcome outcome,
                  LocalDate today, Consumer<DealDetails> onDone) {
        setHeaderTitle(getTranslation("deal.outcome.set." + outcome.name().toLowerCase(java.util.Locale.ROOT)));
        setWidth("min(32rem, 95vw)");
        finalAmount.setId("outcome-final-amount");
        finalAmount.setLabel(getTranslation("deal.final-amount"));
        signedOn.setId("outcome-signed-on");
        signedOn.setLabel(getTranslation("deal.signed-on"));
        lostReason.setId("outcome-lost-reason");
        lostReason.setLabel(getTranslation("deal.lost-reason"));
        lostReason.setMaxLength(Deal.REASON_MAX_LENGTH);
        lostReason.setRequiredIndicatorVisible(true);
        lostReason.setWidthFull();
        lostTo.setId("outcome-lost-to");
        lostTo.setLabel(getTranslation("deal.lost-to"));
        lostTo.setItems(competitors);
        lostTo.setAllowCustomValue(true);
        lostTo.addCustomValueSetListener(e -> lostTo.setValue(e.getDetail()));
        lostTo.setHelperText(getTranslation("deal.competitors.help"));
        lostTo.setWidthFull();
        newExpectedClose.setId("outcome-new-expected-close");
        newExpectedClose.setLabel(getTranslation("deal.new-expected-close"));
        switch (outcome) {
            case WON -> {
                finalAmount.setValue(deal.amount());
                signedOn.setValue(today);
                add(finalAmount, signedOn);
            }
            case LOST -> add(lostReason, lostTo);
            case DELAYED -> {
                newExpectedClose.setMin(today.plusDays(1));
                add(new Paragraph(getTranslation("deal.outcome.delay.message")), newExpectedClose);
            }
            case OPEN -> add(new Paragraph(getTranslation("deal.outcome.reopen.message")));
        }
        Button confirm = new Button(getTranslation("deal.outcome.confirm"), e -> confirm(stages, deal, outcome,
                onDone));
        confirm.setId("outcome-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private void confirm(DealStageService stages, DealDetails deal, DealOutcome outcome,
                         Consumer<DealDetails> onDone) {
        OutcomeInput input = new OutcomeInput(outcome, finalAmount.getValue(), signedOn.getValue(),
                lostReason.getValue(), lostTo.getValue(), newExpectedClose.getValue());
        Map<String, HasValidation> fields = Map.of("finalAmount", finalAmount, "signedOn", signedOn,
                "lostReason", lostReason, "lostTo", lostTo, "newExpectedClose", newExpectedClose);
        DealCommand.run(this, fields, () -> stages.setOutcome(deal.id(), deal.version(), input), onDone);
    }
}
