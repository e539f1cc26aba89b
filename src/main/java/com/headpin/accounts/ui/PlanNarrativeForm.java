package com.headpin.accounts.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.headpin.accounts.PlanDetails;
import com.headpin.accounts.PlanNarrative;
import com.headpin.collaboration.ui.LiveFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;

/** The customer's goals and challenges, and our position (strengths, vulnerabilities, competitors, partners). */
class PlanNarrativeForm extends Composite<FormLayout> {

    private final Map<String, TextArea> areas = new LinkedHashMap<>();
    private final LiveFields liveFields = new LiveFields();

    PlanNarrativeForm() {
        area("businessGoals", "plan.business-goals", 2000);
        area("challenges", "plan.challenges", 2000);
        area("strengths", "plan.strengths", 2000);
        area("vulnerabilities", "plan.vulnerabilities", 2000);
        area("competitors", "plan.competitors", 2000);
        area("partners", "plan.partners", 2000);
        area("strategies", "plan.strategies", 2000);
        getContent().setColspan(areas.get("strategies"), 2);
    }

    private void area(String name, String labelKey, int max) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setId("plan-" + name);
        area.setMaxLength(max);
        area.setMinHeight("6em");
        areas.put(name, area);
        getContent().add(area);
    }

    void show(PlanDetails plan) {
        values(plan).forEach((name, value) -> areas.get(name).setValue((String) value));
        areas.forEach((name, area) -> liveFields.track(name, area.getLabel(), area, v -> v));
    }

    Map<String, Object> values(PlanDetails plan) {
        PlanNarrative n = plan.narrative();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("businessGoals", text(n.businessGoals()));
        values.put("challenges", text(n.challenges()));
        values.put("strengths", text(n.strengths()));
        values.put("vulnerabilities", text(n.vulnerabilities()));
        values.put("competitors", text(n.competitors()));
        values.put("partners", text(n.partners()));
        values.put("strategies", text(n.strategies()));
        return values;
    }

    PlanNarrative narrative() {
        return new PlanNarrative(areas.get("businessGoals").getValue(), areas.get("challenges").getValue(),
                areas.get("strengths").getValue(), areas.get("vulnerabilities").getValue(),
                areas.get("competitors").getValue(), areas.get("partners").getValue(),
                areas.get("strategies").getValue());
    }

    LiveFields liveFields() {
        return liveFields;
    }

    Map<String, Component> focusFields() {
        return new LinkedHashMap<>(areas);
    }

    Map<String, HasValidation> errorFields() {
        return new LinkedHashMap<>(areas);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
