package com.headpin.accountplans.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.headpin.accountplans.internal.AccountPlan;
import com.headpin.accountplans.PlanDetails;
import com.headpin.accountplans.PlanNarrative;
import com.headpin.collaboration.ui.FormFields;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/** The customer's goals and challenges, and our position (strengths, vulnerabilities, competitors, partners). */
class PlanNarrativeForm extends Composite<FormLayout> {

    private final Map<String, TextArea> areas = new LinkedHashMap<>();
    private final FormFields<PlanDetails> fields = new FormFields<>("plan");

    PlanNarrativeForm() {
        area("businessGoals", "plan.business-goals", PlanNarrative::businessGoals);
        area("challenges", "plan.challenges", PlanNarrative::challenges);
        area("strengths", "plan.strengths", PlanNarrative::strengths);
        area("vulnerabilities", "plan.vulnerabilities", PlanNarrative::vulnerabilities);
        area("competitors", "plan.competitors", PlanNarrative::competitors);
        area("partners", "plan.partners", PlanNarrative::partners);
        area("strategies", "plan.strategies", PlanNarrative::strategies);
        getContent().setColspan(areas.get("strategies"), 2);
    }

    private void area(String name, String labelKey, Function<PlanNarrative, @Nullable String> text) {
        TextArea area = new TextArea();
        area.setId("plan-" + name);
        area.setMinHeight("6em");
        fields.text(name, area, labelKey, plan -> text.apply(plan.narrative()), AccountPlan.NARRATIVE_MAX_LENGTH);
        areas.put(name, area);
        getContent().add(area);
    }

    FormFields<PlanDetails> fields() {
        return fields;
    }

    PlanNarrative narrative() {
        return new PlanNarrative(areas.get("businessGoals").getValue(), areas.get("challenges").getValue(),
                areas.get("strengths").getValue(), areas.get("vulnerabilities").getValue(),
                areas.get("competitors").getValue(), areas.get("partners").getValue(),
                areas.get("strategies").getValue());
    }
}
