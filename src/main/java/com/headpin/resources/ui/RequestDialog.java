package com.headpin.resources.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.headpin.resources.RequestInput;
import com.headpin.resources.ResourcePoolService;
import com.headpin.resources.ResourceRequestService;
import com.headpin.resources.ResourceSummary;
import com.headpin.resources.ResourceType;
import com.headpin.resources.StageActivity;
import com.headpin.resources.internal.ResourceRequest;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.ui.DateField;
import com.headpin.shared.ui.FieldErrors;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * Asks for a resource for the deal: a type or a named person, the stage activity, dates, effort and why. Effort and
 * dates are pre-filled from the sales process's effort for the type's role in the activity's stage, again whenever
 * activity or type change; a negotiation reminds that sales, technical support and service sit at the table for at
 * least a full day.
 */
class RequestDialog extends Dialog {

    private final ResourceRequestService requests;
    private final long dealId;
    private final Select<StageActivity> activity = new Select<>();
    private final Select<ResourceType> type = new Select<>();
    private final ComboBox<ResourceSummary> person = new ComboBox<>();
    private final DateField startsOn = new DateField();
    private final DateField endsOn = new DateField();
    private final BigDecimalField effort = new BigDecimalField();
    private final TextArea justification = new TextArea();
    private final Paragraph negotiation = new Paragraph();

    RequestDialog(ResourceRequestService requests, ResourcePoolService pool, long dealId, StageActivity suggested,
                  Runnable onSaved) {
        this.requests = requests;
        this.dealId = dealId;
        setHeaderTitle(getTranslation("resource.request.add"));
        setId("resource-request-dialog");
        setWidth("min(40rem, 95vw)");
        activity.setLabel(getTranslation("resource.request.activity"));
        activity.setId("resource-request-activity");
        activity.setItems(StageActivity.values());
        activity.setItemLabelGenerator(a -> a == null ? "" : getTranslation(a.labelKey()));
        type.setLabel(getTranslation("resource.type"));
        type.setId("resource-request-type");
        type.setItems(ResourceType.values());
        type.setItemLabelGenerator(t -> t == null ? "" : getTranslation(t.labelKey()));
        person.setLabel(getTranslation("resource.request.person"));
        person.setId("resource-request-person");
        person.setClearButtonVisible(true);
        person.setHelperText(getTranslation("resource.request.person.help"));
        List<ResourceSummary> people = pool.pool().stream().filter(ResourceSummary::active)
                .sorted(Comparator.comparing(ResourceSummary::fullName)).toList();
        person.setItems(people);
        person.setItemLabelGenerator(p -> p.fullName() + " · " + getTranslation(p.type().labelKey()));
        startsOn.setLabel(getTranslation("resource.request.starts"));
        startsOn.setId("resource-request-starts");
        endsOn.setLabel(getTranslation("resource.request.ends"));
        endsOn.setId("resource-request-ends");
        effort.setLabel(getTranslation("resource.request.effort"));
        effort.setId("resource-request-effort");
        effort.setSuffixComponent(new com.vaadin.flow.component.html.Span(getTranslation("resource.days")));
        justification.setLabel(getTranslation("resource.request.justification"));
        justification.setId("resource-request-justification");
        justification.setMaxLength(ResourceRequest.TEXT_MAX_LENGTH);
        negotiation.setText(getTranslation("resource.request.negotiation-hint"));
        negotiation.getStyle().set("color", "var(--lumo-secondary-text-color)");

        FormLayout form = new FormLayout(activity, type, person, effort, startsOn, endsOn, justification);
        form.setColspan(person, 2);
        form.setColspan(justification, 2);
        add(negotiation, form);
        activity.setValue(suggested);
        type.setValue(ResourceType.CONSULTANT);
        prefill();
        activity.addValueChangeListener(e -> prefill());
        type.addValueChangeListener(e -> {
            if (e.isFromClient() || person.getValue() == null) {
                prefill();
            }
        });
        person.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                type.setValue(e.getValue().type());
                prefill();
            }
        });

        Button save = new Button(getTranslation("resource.request.send"), e -> save(onSaved));
        save.setId("resource-request-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Effort and dates as the sales process sets them for this activity and type. */
    private void prefill() {
        negotiation.setVisible(activity.getValue() == StageActivity.NEGOTIATION);
        if (activity.getValue() == null || type.getValue() == null) {
            return;
        }
        RequestInput draft = requests.draft(dealId, activity.getValue(), type.getValue());
        effort.setValue(draft.effortDays());
        startsOn.setValue(draft.startsOn());
        endsOn.setValue(draft.endsOn());
    }

    private void save(Runnable onSaved) {
        if (DateField.unreadable(List.of(startsOn, endsOn))) {
            return;
        }
        try {
            requests.request(new RequestInput(dealId, type.getValue(),
                    person.getValue() == null ? null : person.getValue().id(), activity.getValue(),
                    startsOn.getValue(), endsOn.getValue(), effort.getValue(), justification.getValue()));
            onSaved.run();
            close();
        } catch (InvalidInputException invalid) {
            FieldErrors.show(invalid, Map.of("type", type, "person", person, "activity", activity,
                    "startsOn", startsOn, "endsOn", endsOn, "effort", effort, "justification", justification));
        }
    }
}
