package com.headpin.workspace.ui;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.collaboration.Presence;
import com.headpin.collaboration.PresentUser;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.Placement;
import com.headpin.security.CurrentUser;
import com.headpin.security.HeadpinUserPrincipal;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.headpin.workspace.HomeWidget;
import com.headpin.workspace.WorkspaceTopics;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page: who I am, where I stand in the organisation, my team; feature modules add their widgets. */
@Route("")
@PermitAll
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, OrganisationService organisation, UserAccountService users,
             List<HomeWidget> widgets, Presence presence) {
        HeadpinUserPrincipal me = currentUser.require();
        Placement placement = organisation.placementOf(me.userId());
        Set<Long> colleagueIds = new HashSet<>();
        placement.teamPaths().forEach(path -> colleagueIds.addAll(path.getLast().memberIds()));
        placement.teamPaths().forEach(path -> {
            if (path.getLast().managerId() != null) {
                colleagueIds.add(path.getLast().managerId());
            }
        });
        placement.overseenTeams().forEach(team -> {
            if (team.managerId() != null) {
                colleagueIds.add(team.managerId());
            }
        });
        Map<Long, UserSummary> people = users.findAll(colleagueIds).stream()
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));

        H2 greeting = new H2(getTranslation("home.greeting", me.fullName()));
        greeting.setId("home-greeting");
        Paragraph roles = new Paragraph(getTranslation("home.roles", me.roles().stream().sorted()
                .map(role -> getTranslation(role.labelKey())).collect(Collectors.joining(", "))));
        add(greeting, roles);

        FlexLayout cards = new FlexLayout();
        cards.addClassName("home-cards");
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.add(placementCard(placement));
        placement.teamPaths().forEach(path -> cards.add(teamCard(path.getLast(), people)));
        if (!colleagueIds.isEmpty()) {
            cards.add(onlineCard(presence, colleagueIds, me.userId()));
        }
        if (!placement.overseenTeams().isEmpty()) {
            cards.add(overseenCard(placement.overseenTeams(), people));
        }
        widgets.stream().filter(HomeWidget::visibleToCurrentUser)
                .sorted(Comparator.comparingInt(HomeWidget::order))
                .forEach(widget -> cards.add(card(widget.create())));
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }

    private Component placementCard(Placement placement) {
        Div card = card(new H3(getTranslation("home.placement")));
        card.setId("home-placement");
        if (placement.teamPaths().isEmpty() && placement.managedPaths().isEmpty()) {
            card.add(new Paragraph(getTranslation("home.placement.none")));
        }
        placement.teamPaths().forEach(path -> card.add(pathLine("home.placement.member", path)));
        placement.managedPaths().forEach(path -> card.add(pathLine("home.placement.manages", path)));
        return card;
    }

    private Paragraph pathLine(String key, List<OrgUnitSummary> path) {
        String trail = path.stream().map(OrgUnitSummary::name).collect(Collectors.joining(" › "));
        return new Paragraph(getTranslation(key, trail));
    }

    private Component teamCard(OrgUnitSummary team, Map<Long, UserSummary> people) {
        Div card = card(new H3(getTranslation("home.team", team.name())));
        card.addClassName("home-team");
        UserSummary manager = team.managerId() == null ? null : people.get(team.managerId());
        if (manager != null) {
            card.add(person(manager, getTranslation("home.team.manager")));
        }
        team.memberIds().stream().map(people::get).filter(p -> p != null && p.id() != (manager == null ? -1 : manager.id()))
                .sorted(Comparator.comparing(UserSummary::fullName))
                .forEach(member -> card.add(person(member, "")));
        return card;
    }

    /** Team colleagues who have the workspace open right now, updated live. */
    private Component onlineCard(Presence presence, Set<Long> colleagueIds, long me) {
        Div card = card(new H3(getTranslation("home.online")));
        card.setId("home-online");
        Div people = new Div();
        people.addClassName("home-online-people");
        card.add(people);
        presence.onChange(this, WorkspaceTopics.ONLINE, present -> {
            people.removeAll();
            List<PresentUser> online = present.stream()
                    .filter(user -> user.userId() != me && colleagueIds.contains(user.userId())).toList();
            if (online.isEmpty()) {
                people.add(new Paragraph(getTranslation("home.online.none")));
            }
            online.forEach(user -> {
                Avatar avatar = new Avatar(user.name());
                avatar.setAbbreviation(user.initials());
                avatar.setColorIndex(user.colorIndex());
                HorizontalLayout line = new HorizontalLayout(avatar, new Span(user.name()));
                line.setAlignItems(Alignment.CENTER);
                people.add(line);
            });
        });
        return card;
    }

    private Component overseenCard(List<OrgUnitSummary> teams, Map<Long, UserSummary> people) {
        Div card = card(new H3(getTranslation("home.overseen")));
        card.setId("home-overseen");
        teams.forEach(team -> {
            UserSummary manager = team.managerId() == null ? null : people.get(team.managerId());
            card.add(new Paragraph(getTranslation("home.overseen.team", team.name(), team.memberIds().size(),
                    manager == null ? getTranslation("home.overseen.no-manager") : manager.fullName())));
        });
        return card;
    }

    private Component person(UserSummary user, String note) {
        Avatar avatar = new Avatar(user.fullName());
        avatar.setAbbreviation(user.initials());
        avatar.setColorIndex((int) (user.id() % 7));
        HorizontalLayout line = new HorizontalLayout(avatar, new Span(user.fullName()));
        if (!note.isEmpty()) {
            Span badge = new Span(note);
            badge.getElement().getThemeList().add("badge contrast");
            line.add(badge);
        }
        line.setAlignItems(Alignment.CENTER);
        return line;
    }

    private static Div card(Component title) {
        Div card = new Div(title);
        card.addClassName("card");
        return card;
    }
}
