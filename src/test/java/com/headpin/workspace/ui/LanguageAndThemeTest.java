package com.headpin.workspace.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import com.headpin.KaribuTest;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.SystemAuthentication;
import com.headpin.security.UserAccountService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class LanguageAndThemeTest extends KaribuTest {

    @Autowired
    UserAccountService users;

    @Test
    void languageSwitchChangesTheLabelsAndIsStoredForTheUser() {
        openAs("rep2");
        navigate("");
        assertThat(navLabels()).containsExactly("首页", "客户", "保龄球策略", "项目", "作战室", "销售流程", "预测", "销售计划",
                "客户的一年", "我的指派");
        assertThat(_get(H2.class, spec -> spec.withId("home-greeting")).getText()).isEqualTo("您好，刘洋");

        _click(_get(Button.class, spec -> spec.withId("language-switch")));

        assertThat(navLabels()).containsExactly("Home", "Accounts", "Bowling pin", "Deals", "War room", "Sales process",
                "Forecast", "Sales plan", "Customer's year", "My assignments");
        assertThat(_get(H2.class, spec -> spec.withId("home-greeting")).getText()).isEqualTo("Hello, 刘洋");
        assertThat(users.me().preferredLanguage()).isEqualTo("en");

        _click(_get(Button.class, spec -> spec.withId("language-switch")));
        assertThat(navLabels()).containsExactly("首页", "客户", "保龄球策略", "项目", "作战室", "销售流程", "预测", "销售计划",
                "客户的一年", "我的指派");
        assertThat(users.me().preferredLanguage()).isEqualTo("zh-CN");
    }

    @Test
    void firstLanguageComesFromTheBrowserAndIsRemembered() {
        SystemAuthentication.runAsAdmin(() -> users.create(new NewUser("browser.zh", "赵磊", null,
                EnumSet.of(Role.REP), null, "start12345")));
        openAs("browser.zh", Locale.forLanguageTag("zh-TW"));
        navigate("");
        assertThat(navLabels()).containsExactly("首页", "客户", "保龄球策略", "项目", "作战室", "销售流程", "预测", "销售计划",
                "客户的一年", "我的指派");
        assertThat(users.me().preferredLanguage()).isEqualTo("zh-CN");
    }

    @Test
    void darkThemeSwitchIsStoredForTheUser() {
        openAs("rep3");
        navigate("");
        boolean before = users.me().darkTheme();
        _click(_get(Button.class, spec -> spec.withId("theme-switch")));
        assertThat(users.me().darkTheme()).isEqualTo(!before);
        _click(_get(Button.class, spec -> spec.withId("theme-switch")));
        assertThat(users.me().darkTheme()).isEqualTo(before);
    }

    private List<String> navLabels() {
        return _get(SideNav.class).getItems().stream().map(SideNavItem::getLabel).toList();
    }
}
