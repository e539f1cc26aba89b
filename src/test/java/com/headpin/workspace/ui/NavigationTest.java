package com.headpin.workspace.ui;

import java.util.List;

import com.headpin.KaribuTest;
import com.headpin.security.ui.LoginView;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class NavigationTest extends KaribuTest {

    @Test
    void anonymousVisitorLandsOnTheLoginView() {
        openAnonymous();
        navigate("");
        _assertOne(LoginView.class);
        _assertNone(MainLayout.class);
    }

    @Test
    void administratorSeesHomeUsersAndOrganisation() {
        openAs("admin");
        navigate("");
        assertThat(navLabels()).containsExactly("Home", "Accounts", "Bowling pin", "Ideal customer", "Deals",
                "War room", "Sales process", "Win results", "Handover", "Forecast", "Sales plan", "Customer's year",
                "Resources", "My assignments", "Users", "Organisation",
                "Company settings", "Company calendar");
    }

    @Test
    void directorAndRepDoNotSeeAdministration() {
        openAs("director", java.util.Locale.ENGLISH);
        navigate("");
        assertThat(navLabels()).contains("首页", "赢的结果").doesNotContain("用户", "组织架构", "Users", "Organisation");
        // The company director oversees every team of the demo company from the home view.
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("home-overseen")).getElement()
                .getTextRecursively()).contains("上海金融行业组：3 名成员，经理 李娜", "Energy Team");
    }

    @Test
    void repTypingAnAdminUrlGetsAccessDeniedNotTheView() {
        openAs("rep3");
        navigate("admin/users");
        _assertOne(AccessDeniedView.class);
        assertThat(_find(com.vaadin.flow.component.grid.Grid.class)).isEmpty();
        navigate("admin/organisation");
        _assertOne(AccessDeniedView.class);
        navigate("admin/settings");
        _assertOne(AccessDeniedView.class);
        assertThat(navLabels()).containsExactly("Home", "Accounts", "Bowling pin", "Deals", "War room", "Sales process",
                "Forecast", "Sales plan", "Customer's year", "My assignments");
    }

    @Test
    void resourceUserReachesHomeWithTheirPlacement() {
        openAs("consultant");
        navigate("");
        _assertOne(HomeView.class);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("home-placement")).getElement()
                .getTextRecursively()).contains("杭州制造业组");
    }

    private List<String> navLabels() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
