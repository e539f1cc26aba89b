package com.headpin.planning.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.headpin.planning.TeamMemberLine;
import com.headpin.shared.Money;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.jspecify.annotations.Nullable;

/**
 * A team plan's reps: each one's quota, average won deal and the deals that makes, what they won this year, their
 * open deals, and where their own plan stands — the name opens it.
 */
class TeamMembers extends Composite<VerticalLayout> {

    private final Grid<TeamMemberLine> grid = new Grid<>();

    TeamMembers() {
        VerticalLayout content = getContent();
        content.setPadding(false);
        grid.setId("team-members");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        content.add(new H3(getTranslation("planning.team.members")), grid);
    }

    void show(List<TeamMemberLine> members, int year, Locale locale) {
        grid.removeAllColumns();
        grid.addComponentColumn(m -> new Anchor("planner/" + m.repId() + "/" + year, m.name()))
                .setHeader(getTranslation("planning.rep")).setFrozen(true).setAutoWidth(true).setKey("rep");
        grid.addColumn(m -> money(m.quota(), locale)).setHeader(getTranslation("planning.quota"))
                .setTextAlign(ColumnTextAlign.END).setKey("quota");
        grid.addColumn(m -> money(m.averageDeal(), locale)).setHeader(getTranslation("planning.average-deal"))
                .setTextAlign(ColumnTextAlign.END).setKey("averageDeal");
        grid.addColumn(m -> m.dealsNeeded() == null ? "—" : String.valueOf(m.dealsNeeded()))
                .setHeader(getTranslation("planning.team.deals-needed")).setTextAlign(ColumnTextAlign.END)
                .setKey("dealsNeeded");
        grid.addColumn(m -> Money.format(m.wonInYear(), locale))
                .setHeader(getTranslation("planning.team.won-in-year", year)).setTextAlign(ColumnTextAlign.END)
                .setKey("won");
        grid.addColumn(TeamMemberLine::openDeals).setHeader(getTranslation("planning.team.open-deals"))
                .setTextAlign(ColumnTextAlign.END).setKey("open");
        grid.addComponentColumn(this::status).setHeader(getTranslation("planning.saved.status")).setAutoWidth(true)
                .setKey("status");
        grid.setItems(members);
    }

    private Span status(TeamMemberLine member) {
        Span badge = new Span(getTranslation(member.planStatus() == null ? "planning.saved.unsaved"
                : member.planStatus().labelKey()));
        badge.getElement().getThemeList().add(member.planStatus() == null ? "badge contrast"
                : PlanStatusBar.theme(member.planStatus()));
        return badge;
    }

    private static String money(@Nullable BigDecimal amount, Locale locale) {
        return amount == null ? "—" : Money.format(amount, locale);
    }
}
