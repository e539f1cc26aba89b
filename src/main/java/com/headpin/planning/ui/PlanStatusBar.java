package com.headpin.planning.ui;

import com.headpin.planning.SalesPlanStatus;
import com.headpin.planning.SavedPlan;
import com.headpin.shared.Dates;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/**
 * Where a rep's plan for the year stands, in words: not saved yet, a draft, waiting for the director, approved (and
 * so feeding resource demand), or returned with the director's reason; and what changing it means.
 */
class PlanStatusBar extends VerticalLayout {

    private final Span badge = new Span();
    private final Span who = new Span();
    private final Paragraph explain = new Paragraph();
    private final Paragraph reason = new Paragraph();
    private final HorizontalLayout line = new HorizontalLayout();

    PlanStatusBar() {
        setPadding(false);
        setSpacing(false);
        badge.setId("plan-status");
        who.setId("plan-status-who");
        who.getStyle().set("color", "var(--lumo-secondary-text-color)");
        explain.setId("plan-status-explain");
        explain.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        reason.setId("plan-return-reason-shown");
        reason.getStyle().set("margin", "0").set("white-space", "pre-wrap");
        line.add(badge, who);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.getStyle().set("flex-wrap", "wrap");
        add(line, explain, reason);
    }

    /**
     * Who else has the plan open, on the status line: beside the explanation the avatar group (as wide as its line)
     * would squeeze the text to a word per line.
     */
    void avatars(Component avatars) {
        line.add(avatars);
    }

    void show(@Nullable SavedPlan plan) {
        if (plan == null) {
            set("badge contrast", getTranslation("planning.saved.unsaved"), "", "planning.saved.explain.unsaved");
            reason.setVisible(false);
            return;
        }
        SalesPlanStatus status = plan.status();
        String theme = theme(status);
        String detail = switch (status) {
            case SUBMITTED -> plan.submittedByName() == null || plan.submittedOn() == null ? ""
                    : getTranslation("planning.saved.submitted-by", plan.submittedByName(),
                    Dates.format(plan.submittedOn(), getLocale()));
            case APPROVED -> plan.approvedByName() == null || plan.approvedOn() == null ? ""
                    : getTranslation("planning.saved.approved-by", plan.approvedByName(),
                    Dates.format(plan.approvedOn(), getLocale()));
            default -> "";
        };
        set(theme, getTranslation(status.labelKey()), detail,
                "planning.saved.explain." + status.name().toLowerCase(java.util.Locale.ROOT));
        reason.setVisible(status == SalesPlanStatus.RETURNED && plan.returnReason() != null);
        reason.setText(plan.returnReason() == null ? ""
                : getTranslation("planning.saved.returned-because", plan.returnReason()));
    }

    /** The badge theme of a plan's status, wherever it is shown. */
    static String theme(SalesPlanStatus status) {
        return switch (status) {
            case DRAFT -> "badge contrast";
            case SUBMITTED -> "badge";
            case APPROVED -> "badge success";
            case RETURNED -> "badge error";
        };
    }

    private void set(String theme, String label, String detail, String explainKey) {
        badge.getElement().getThemeList().clear();
        badge.getElement().getThemeList().add(theme);
        badge.setText(label);
        who.setText(detail);
        explain.setText(getTranslation(explainKey));
    }
}
