package com.headpin.deals.ui;

import com.headpin.deals.HandoverService;
import com.headpin.security.Role;
import com.headpin.security.UserSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where a director hands over the work of someone who leaves (or changes job): the people they manage, leavers
 * (disabled by an administrator) first, each with "Reassign deals and accounts…".
 */
@Route("handover")
@RolesAllowed({Role.Names.ADMIN, Role.Names.DIRECTOR})
@Menu(order = 22, title = "nav.handover", icon = "vaadin:exchange")
class HandoverView extends VerticalLayout implements HasDynamicTitle {

    private final HandoverService handover;
    private final Grid<UserSummary> people = new Grid<>();

    HandoverView(HandoverService handover) {
        this.handover = handover;
        setSizeFull();
        people.setId("handover-people");
        people.addColumn(UserSummary::fullName).setHeader(getTranslation("handover.person")).setFlexGrow(2);
        people.addComponentColumn(person -> status(person)).setHeader(getTranslation("handover.status"));
        // Fixed width: auto width measures before the button has its text, and cut the label off.
        people.addComponentColumn(this::reassignButton).setKey("reassign").setFlexGrow(0).setWidth("18rem");
        people.setItems(handover.people());
        add(new Paragraph(getTranslation("handover.intro")), people);
        expand(people);
    }

    private Span status(UserSummary person) {
        Span status = new Span(getTranslation(person.enabled() ? "user.enabled" : "user.disabled"));
        status.getElement().getThemeList().add(person.enabled() ? "badge" : "badge contrast");
        return status;
    }

    private Button reassignButton(UserSummary person) {
        Button reassign = new Button(getTranslation("handover.reassign"),
                e -> new HandoverDialog(handover, handover.preview(person.id())).open());
        reassign.setId("handover-" + person.username());
        reassign.addThemeVariants(ButtonVariant.TERTIARY);
        return reassign;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.handover");
    }
}
