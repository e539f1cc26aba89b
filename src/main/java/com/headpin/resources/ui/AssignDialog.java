package com.headpin.resources.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.headpin.resources.AssignInput;
import com.headpin.resources.AssignmentConflictException;
import com.headpin.resources.AssignmentService;
import com.headpin.resources.Candidate;
import com.headpin.resources.Conflict;
import com.headpin.resources.OpenRequest;
import com.headpin.resources.RequestRow;
import com.headpin.resources.internal.ResourceRequest;
import com.headpin.shared.Dates;
import com.headpin.shared.InvalidInputException;
import com.headpin.shared.StaleDataException;
import com.headpin.shared.ui.FieldErrors;
import com.headpin.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;

/**
 * Confirms an assignment: the person (chosen here, or the one whose week the request was dropped on), the conflicts
 * that stand against it, checked before confirming, and the reason an override needs. The service checks again when
 * saving: what another director assigned meanwhile shows here as a new conflict.
 */
class AssignDialog extends Dialog {

    private final ComboBox<Candidate> person = new ComboBox<>();
    private final UnorderedList conflicts = new UnorderedList();
    private final Div conflictBox = new Div();
    private final TextArea reason = new TextArea();

    AssignDialog(AssignmentService assignments, OpenRequest open, @Nullable Long personId, @Nullable LocalDate week,
                 Runnable onDone) {
        RequestRow request = open.request();
        setHeaderTitle(getTranslation("resource.assign.title", request.dealName()));
        setId("assign-dialog");
        setWidth("min(36rem, 95vw)");
        Paragraph what = new Paragraph(RequestTexts.who(request, this) + " · "
                + getTranslation(request.activity().labelKey()) + " · " + RequestTexts.dates(request, getLocale())
                + (week == null ? "" : " → " + getTranslation("resource.week-of", Dates.format(week, getLocale()))));
        List<Candidate> candidates = assignments.candidates(request.id(), week);
        person.setLabel(getTranslation("resource.person"));
        person.setId("assign-person");
        person.setWidthFull();
        person.setItems(candidates);
        person.setItemLabelGenerator(c -> c.person().fullName() + " · " + getTranslation(c.person().type().labelKey())
                + (c.conflicts().isEmpty() ? "" : " · " + getTranslation("resource.conflicts.count",
                c.conflicts().size())));
        person.addValueChangeListener(e -> showConflicts(e.getValue() == null ? List.of() : e.getValue().conflicts()));
        conflicts.setId("assign-conflicts");
        Paragraph conflictHead = new Paragraph(getTranslation("resource.conflicts"));
        conflictHead.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        conflictBox.add(conflictHead, conflicts);
        reason.setLabel(getTranslation("resource.override-reason"));
        reason.setId("assign-reason");
        reason.setWidthFull();
        reason.setMaxLength(ResourceRequest.TEXT_MAX_LENGTH);
        add(what, person, conflictBox, reason);
        candidates.stream().filter(c -> Objects.equals(c.person().id(), personId)).findFirst()
                .ifPresentOrElse(person::setValue, () -> showConflicts(List.of()));

        Button confirm = new Button(getTranslation("resource.assign"), e -> {
            if (person.getValue() == null) {
                person.setInvalid(true);
                person.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                assignments.assign(new AssignInput(request.id(), request.version(), person.getValue().person().id(),
                        week, reason.getValue()));
                Notifications.success("resource.assigned", person.getValue().person().fullName());
                onDone.run();
                close();
            } catch (AssignmentConflictException conflict) {
                showConflicts(conflict.conflicts());
                FieldErrors.show(conflict, Map.of("overrideReason", reason));
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("resource", person, "overrideReason", reason));
            } catch (StaleDataException stale) {
                Notifications.error("resource.request.stale");
                onDone.run();
                close();
            }
        });
        confirm.setId("assign-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private void showConflicts(List<Conflict> found) {
        conflicts.removeAll();
        found.forEach(c -> conflicts.add(new ListItem(text(c))));
        conflictBox.setVisible(!found.isEmpty());
        reason.setVisible(!found.isEmpty());
        reason.setRequiredIndicatorVisible(!found.isEmpty());
    }

    private String text(Conflict c) {
        String from = c.from() == null ? "" : Dates.format(c.from(), getLocale());
        String to = c.to() == null ? "" : Dates.format(c.to(), getLocale());
        return switch (c.kind()) {
            case DOUBLE_BOOKING -> getTranslation("resource.conflict.double-booking.text", c.dealName(), from, to);
            case ABSENCE -> getTranslation("resource.conflict.absence.text", from, to);
            case OVER_CAPACITY -> getTranslation("resource.conflict.over-capacity.text", from, c.percent());
        };
    }
}
