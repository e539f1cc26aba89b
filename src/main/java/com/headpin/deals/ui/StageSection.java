package com.headpin.deals.ui;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import com.headpin.collaboration.ui.FormFields;
import com.headpin.deals.DealRole;
import com.headpin.deals.DealStage;
import com.headpin.deals.SalesProcess;
import com.headpin.deals.StageInput;
import com.headpin.deals.internal.SalesProcessRow;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * One stage of the sales process in the settings form: its names, probability, typical weeks, conversion ratio,
 * exit criteria (one per line) and effort per role. Field names as the service reports errors
 * ({@link StageInput#field}).
 */
class StageSection extends Composite<Details> {

    private final DealStage stage;
    private final TextField nameEn = new TextField();
    private final TextField nameZh = new TextField();
    private final IntegerField probability = new IntegerField();
    private final IntegerField typicalWeeks = new IntegerField();
    private final IntegerField conversion = new IntegerField();
    private final TextArea exitCriteria = new TextArea();
    private final Map<DealRole, BigDecimalField> effort = new EnumMap<>(DealRole.class);

    StageSection(DealStage stage, SalesProcess current, FormFields<SalesProcess> fields) {
        this.stage = stage;
        String id = "process-stage" + stage.number() + "-";
        nameEn.setId(id + "name-en");
        nameZh.setId(id + "name-zh");
        probability.setId(id + "probability");
        probability.setSuffixComponent(new Span("%"));
        typicalWeeks.setId(id + "typical-weeks");
        typicalWeeks.setHelperText(getTranslation(stage.isOpenStage() ? "process.typical-weeks.help"
                : "process.typical-weeks.signed"));
        conversion.setId(id + "conversion");
        conversion.setHelperText(getTranslation("process.conversion.help"));
        exitCriteria.setId(id + "exit-criteria");
        exitCriteria.setHelperText(getTranslation("process.lines.help"));
        exitCriteria.setWidthFull();
        fields.text(field("nameEn"), nameEn, "process.name-en", p -> p.stage(stage).nameEn(),
                        SalesProcessRow.STAGE_NAME_MAX_LENGTH)
                .text(field("nameZh"), nameZh, "process.name-zh", p -> p.stage(stage).nameZh(),
                        SalesProcessRow.STAGE_NAME_MAX_LENGTH)
                .field(field("probability"), probability, "process.probability", p -> p.stage(stage).probability())
                .field(field("typicalWeeks"), typicalWeeks, "process.typical-weeks",
                        p -> p.stage(stage).typicalWeeks())
                .field(field("conversion"), conversion, "process.conversion", p -> p.stage(stage).conversion())
                .text(field("exitCriteria"), exitCriteria, "process.exit-criteria",
                        p -> TextLinesField.join(p.stage(stage).exitCriteria().stream().map(c -> c.text()).toList()),
                        4000);
        FormLayout numbers = new FormLayout(nameEn, nameZh, probability, typicalWeeks, conversion);
        FormLayout days = new FormLayout();
        days.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("40em", 7));
        for (DealRole role : DealRole.values()) {
            BigDecimalField field = new BigDecimalField();
            field.setId(id + "effort-" + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            fields.field(field("effort." + role.name()), field, role.labelKey(),
                    p -> plain(p.stage(stage).effort(role)));
            effort.put(role, field);
            days.add(field);
        }
        Span daysLabel = new Span(getTranslation("process.effort"));
        daysLabel.addClassName("process-effort-label");
        VerticalLayout body = new VerticalLayout(numbers, exitCriteria, daysLabel, days);
        body.setPadding(false);
        getContent().setSummaryText(stage.number() + " · " + current.stage(stage).name(getLocale()));
        getContent().add(body);
        getContent().setId(id + "section");
    }

    StageInput input() {
        Map<DealRole, BigDecimal> days = new EnumMap<>(DealRole.class);
        effort.forEach((role, field) -> days.put(role, field.getValue()));
        return new StageInput(stage, nameEn.getValue(), nameZh.getValue(), probability.getValue(),
                typicalWeeks.getValue(), conversion.getValue(), TextLinesField.lines(exitCriteria), days);
    }

    void open(boolean opened) {
        getContent().setOpened(opened);
    }

    private String field(String property) {
        return StageInput.field(stage, property);
    }

    private static BigDecimal plain(BigDecimal value) {
        return new BigDecimal(value.stripTrailingZeros().toPlainString());
    }
}
