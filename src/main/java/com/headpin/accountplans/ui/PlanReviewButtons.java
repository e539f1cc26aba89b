package com.headpin.accountplans.ui;

import java.util.function.Consumer;

import com.headpin.accountplans.AccountPlanService;
import com.headpin.accountplans.PlanDetails;
import com.headpin.accountplans.PlanPermissions;
import com.headpin.accountplans.PlanStatus;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.jspecify.annotations.Nullable;

/**
 * The review flow's buttons on a plan: "Submit for review" for its editors while it is a draft, "Review" for the
 * managers above the account while it is submitted or a draft (a director may review without being asked), and
 * neither once it is reviewed, until a change makes it a draft again. Each state the panel shows passes here.
 */
class PlanReviewButtons extends HorizontalLayout {

    private final AccountPlanService plans;
    private final PlanPermissions permissions;
    private final Consumer<PlanDetails> saved;
    private final Runnable stale;
    private final Button submit = new Button();
    private final Button review = new Button();
    private @Nullable PlanDetails plan;

    /** {@code saved} shows the plan as the submission or review left it; {@code stale} reloads it. */
    PlanReviewButtons(AccountPlanService plans, PlanPermissions permissions, Consumer<PlanDetails> saved,
                      Runnable stale) {
        this.plans = plans;
        this.permissions = permissions;
        this.saved = saved;
        this.stale = stale;
        setPadding(false);
        submit.setText(getTranslation("plan.submit"));
        submit.setId("plan-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> act(true));
        review.setText(getTranslation("plan.review"));
        review.setId("plan-review");
        review.addThemeVariants(ButtonVariant.PRIMARY);
        review.addClickListener(e -> act(false));
        add(submit, review);
        show(null);
    }

    void show(@Nullable PlanDetails details) {
        plan = details;
        PlanStatus status = details == null ? null : details.status();
        submit.setVisible(permissions.mayEdit() && status == PlanStatus.DRAFT);
        review.setVisible(permissions.mayReview() && (status == PlanStatus.DRAFT || status == PlanStatus.SUBMITTED));
    }

    private void act(boolean submitting) {
        if (plan == null) {
            return;
        }
        try {
            PlanDetails after = submitting ? plans.submit(plan.id(), plan.version())
                    : plans.review(plan.id(), plan.version());
            Notifications.success(submitting ? "plan.submitted" : "plan.reviewed");
            saved.accept(after);
        } catch (StaleDataException changed) {
            Notifications.error("plan.stale");
            stale.run();
        } catch (InvalidInputException invalid) {
            invalid.fieldErrors().values().forEach(Notifications::error);
            stale.run();
        }
    }
}
