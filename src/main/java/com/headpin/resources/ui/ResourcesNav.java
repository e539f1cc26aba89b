package com.headpin.resources.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;

/** Links between the directors' resource pages: board, pool, demand and reports (one menu entry for all four). */
class ResourcesNav extends Composite<HorizontalLayout> {

    ResourcesNav() {
        getContent().add(link("resource.board", AssignmentBoardView.class),
                link("resource.pool", ResourcePoolView.class), link("resource.demand", DemandView.class),
                link("resource.reports", ResourceReportsView.class));
        getContent().setWrap(true);
    }

    private RouterLink link(String key, Class<? extends Component> view) {
        RouterLink link = new RouterLink(getTranslation(key), view);
        link.setHighlightCondition(com.vaadin.flow.router.HighlightConditions.sameLocation());
        return link;
    }
}
