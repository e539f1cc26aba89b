package com.headpin.deals.ui;

import java.util.List;
import java.util.Optional;

import com.headpin.collaboration.ui.FormFields;
import com.headpin.collaboration.ui.LiveForm;
import com.headpin.collaboration.ui.LiveForms;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealTopics;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.SalesProcessInput;
import com.headpin.deals.SalesProcessService;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The company's sales process: six stages with their names, probabilities, typical weeks, conversion ratios, exit
 * criteria and effort per role, and the proposal's deliverables. Everyone reads it; administrators and the company's
 * top director edit it together (presence, field indicators, others' saves live, per-field choice on conflicts).
 */
@Route("sales-process")
@PermitAll
@Menu(order = 21, title = "nav.sales-process", icon = "vaadin:funnel")
class SalesProcessView extends VerticalLayout implements HasDynamicTitle {

    private final IntegerField prospectingWeeks = new IntegerField();
    private final IntegerField noContactFlagDays = new IntegerField();
    private final TextArea deliverables = new TextArea();

    SalesProcessView(SalesProcessService process, LiveForms liveForms) {
        setMaxWidth("64rem");
        addClassName("sales-process-view");
        FormFields<SalesProcess> fields = new FormFields<>("process");
        prospectingWeeks.setId("process-prospecting-weeks");
        prospectingWeeks.setHelperText(getTranslation("process.prospecting-weeks.help"));
        fields.field("prospectingWeeks", prospectingWeeks, "process.prospecting-weeks",
                SalesProcess::prospectingWeeks);
        noContactFlagDays.setId("process-no-contact-flag-days");
        noContactFlagDays.setHelperText(getTranslation("process.no-contact-flag-days.help"));
        fields.field("noContactFlagDays", noContactFlagDays, "process.no-contact-flag-days",
                SalesProcess::noContactFlagDays);
        SalesProcess current = process.current();
        List<StageSection> sections = java.util.Arrays.stream(DealStage.values())
                .map(stage -> new StageSection(stage, current, fields)).toList();
        deliverables.setId("process-deliverables");
        deliverables.setWidthFull();
        deliverables.setHelperText(getTranslation("process.lines.help"));
        fields.text("deliverables", deliverables, "process.deliverables",
                p -> TextLinesField.join(p.deliverables().stream().map(d -> d.name()).toList()), 8000);

        LiveForm<SalesProcess> shared = liveForms.open(this, DealTopics.SALES_PROCESS.topic(SalesProcessService.ID),
                fields, current, SalesProcess::version, () -> Optional.of(process.current()));
        Button save = new Button(getTranslation("action.save"), e -> shared.save(
                version -> process.update(new SalesProcessInput(version, prospectingWeeks.getValue(),
                        sections.stream().map(StageSection::input).toList(), TextLinesField.lines(deliverables),
                        noContactFlagDays.getValue())),
                saved -> Notifications.success("process.saved")));
        save.setId("save-process");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        boolean mayEdit = process.mayEdit();
        save.setVisible(mayEdit);
        add(shared.avatars(), new Paragraph(getTranslation(mayEdit ? "process.intro" : "process.intro.read-only")),
                prospectingWeeks, noContactFlagDays);
        sections.forEach(this::add);
        add(deliverables, save);
        if (!mayEdit) {
            fields.errorFields().values().stream().filter(HasValue.class::isInstance)
                    .forEach(field -> ((HasValue<?, ?>) field).setReadOnly(true));
        }
        sections.getFirst().open(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.sales-process");
    }
}
