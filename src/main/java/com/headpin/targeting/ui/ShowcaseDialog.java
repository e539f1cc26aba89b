package com.headpin.targeting.ui;

import java.util.List;
import java.util.Map;

import com.headpin.accounts.AccountSummary;
import com.headpin.targeting.BeachheadService;
import com.headpin.targeting.ShowcaseKind;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.DateField;
import com.headpin.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

/** Records one piece of showcase evidence for a head pin: an award, praise, a testimonial, a case study, a visit. */
class ShowcaseDialog extends Dialog {

    ShowcaseDialog(BeachheadService beachheads, AccountSummary headPin) {
        setHeaderTitle(getTranslation("bowling.add-showcase.title", headPin.name()));
        Select<ShowcaseKind> kind = new Select<>();
        kind.setLabel(getTranslation("bowling.showcase.kind"));
        kind.setId("showcase-kind");
        kind.setItems(ShowcaseKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "" : getTranslation(k.labelKey()));
        kind.setValue(ShowcaseKind.CASE_STUDY);
        DateField date = new DateField(getTranslation("bowling.showcase.date"));
        date.setId("showcase-date");
        TextField url = new TextField(getTranslation("bowling.showcase.evidence"));
        url.setId("showcase-url");
        TextField note = new TextField(getTranslation("bowling.showcase.note"));
        note.setId("showcase-note");
        FormLayout form = new FormLayout(kind, date, url, note);
        add(form);
        Button save = new Button(getTranslation("action.save"), e -> {
            if (DateField.unreadable(List.of(date))) {
                return;
            }
            try {
                beachheads.addShowcase(headPin.id(), kind.getValue(), date.getValue(), url.getValue(),
                        note.getValue());
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("evidenceUrl", url, "achievedOn", date, "note", note));
                return;
            }
            close();
        });
        save.setId("save-showcase");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
