package com.headpin.planning.ui;

import com.headpin.planning.PlanTeam;
import com.headpin.planning.TeamDraft;
import com.headpin.planning.TeamPlanningService;
import com.headpin.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A team's inputs: its quota and average deal from its reps' numbers (or typed in), each rep's seminars a week, the
 * window. Worked out on the spot and not saved — each rep's own plan is the one saved and approved.
 */
class TeamPlanEditor extends VerticalLayout implements PlanInputsEditor {

    private final PlanInputsForm form = new PlanInputsForm();
    private final int year;
    private final HasValidation yearField;

    /** Throws {@link InvalidInputException} (at {@code planYear}) for a year that cannot be planned. */
    TeamPlanEditor(TeamPlanningService teams, PlanTeam team, int year, HasValidation yearField, Runnable replan) {
        this.year = year;
        this.yearField = yearField;
        setPadding(false);
        setId("team-plan-editor");
        TeamDraft draft = teams.draft(team.unitId(), year);
        form.show(draft.request());
        int reps = team.reps().size();
        form.hints(switch (draft.quotaOrigin()) {
            case TEAM -> getTranslation("planning.team.quota.team");
            case REPS -> getTranslation("planning.team.quota.reps", draft.repsWithQuota(), reps);
            case NONE -> getTranslation("planning.quota.typed");
        }, draft.wonDeals() > 0 ? getTranslation("planning.team.average-deal.won", draft.wonDeals())
                : getTranslation("planning.average-deal.none"));
        form.seminarsPerRep(reps);
        Paragraph explain = new Paragraph(getTranslation("planning.team.explain", team.name(), reps));
        explain.setId("team-plan-explain");
        Button make = new Button(getTranslation("planning.make"), e -> replan.run());
        make.setId("plan-make");
        make.addThemeVariants(ButtonVariant.PRIMARY);
        add(explain, form, make);
    }

    @Override
    public PlanInputsForm form() {
        return form;
    }

    @Override
    public int year() {
        return year;
    }

    @Override
    public HasValidation yearField() {
        return yearField;
    }
}
