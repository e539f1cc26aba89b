package com.headpin.workspace.ui;

import java.util.List;
import java.util.Locale;

import com.headpin.collaboration.LiveUpdates;
import com.headpin.collaboration.NotificationService;
import com.headpin.collaboration.Presence;
import com.headpin.collaboration.ui.NotificationBell;
import com.headpin.security.CurrentUser;
import com.headpin.security.HeadpinUserPrincipal;
import com.headpin.security.UserAccountService;
import com.headpin.security.ui.ChangePasswordDialog;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.ui.PhoneWidth;
import com.headpin.workspace.SearchSource;
import com.headpin.workspace.WorkspaceTopics;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The workspace shell: side navigation with only what the user's roles may open, the search box, the user menu,
 * and the language and light/dark switches, both stored per user.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final UserPreferencesApplier preferences;
    private final AuthenticationContext authenticationContext;

    private final NotificationService notifications;
    private final LiveUpdates liveUpdates;
    private final List<SearchSource> searchSources;

    MainLayout(UserAccountService users, CurrentUser currentUser, UserPreferencesApplier preferences,
               AuthenticationContext authenticationContext, Presence presence, NotificationService notifications,
               LiveUpdates liveUpdates, List<SearchSource> searchSources) {
        this.users = users;
        this.currentUser = currentUser;
        this.preferences = preferences;
        this.authenticationContext = authenticationContext;
        this.notifications = notifications;
        this.liveUpdates = liveUpdates;
        this.searchSources = searchSources;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(sideNav()));
        addToNavbar(true, navbar());
        presence.track(this, WorkspaceTopics.ONLINE);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        viewTitle.setText(content instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
    }

    private Component brand() {
        Icon logo = VaadinIcon.BULLSEYE.create();
        logo.addClassName("brand-logo");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("brand-name");
        HorizontalLayout brand = new HorizontalLayout(logo, name);
        brand.addClassName("brand");
        brand.setAlignItems(HorizontalLayout.Alignment.CENTER);
        return brand;
    }

    private SideNav sideNav() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        // Menu entries are already filtered by the user's access: a REP never sees the admin items.
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component navbar() {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("view-title");

        Button language = new Button(getTranslation("shell.language.other"), e -> toggleLanguage());
        language.setId("language-switch");
        language.addThemeVariants(ButtonVariant.TERTIARY);
        language.setTooltipText(getTranslation("shell.language.tooltip"));

        boolean dark = preferences.preferences(UI.getCurrent()).dark();
        Button theme = new Button(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create(), e -> toggleTheme());
        theme.setId("theme-switch");
        theme.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LUMO_ICON);
        theme.setAriaLabel(getTranslation(dark ? "shell.theme.light" : "shell.theme.dark"));
        theme.setTooltipText(theme.getElement().getAttribute("aria-label"));

        Div spacer = new Div();
        HorizontalLayout bar = new HorizontalLayout(toggle, viewTitle, spacer, new GlobalSearch(searchSources),
                language, theme,
                new NotificationBell(notifications, liveUpdates), userMenu(dark));
        // A phone's bar keeps the title readable: language and theme move into the user menu (see userMenu).
        PhoneWidth.track(this, phone -> {
            language.setVisible(!phone);
            theme.setVisible(!phone);
        });
        bar.addClassName("navbar");
        bar.setWidthFull();
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.expand(spacer);
        return bar;
    }

    private Component userMenu(boolean dark) {
        HeadpinUserPrincipal me = currentUser.require();
        Avatar avatar = new Avatar(me.fullName());
        avatar.setAbbreviation(me.initials());
        avatar.setColorIndex((int) (me.userId() % 7));
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Span name = new Span(me.fullName());
        HorizontalLayout who = new HorizontalLayout(avatar, name);
        who.setAlignItems(HorizontalLayout.Alignment.CENTER);
        who.setSpacing(true);
        MenuItem root = menu.addItem(who);
        SubMenu sub = root.getSubMenu();
        MenuItem language = sub.addItem(getTranslation("shell.language.other"), e -> toggleLanguage());
        language.setId("menu-language");
        MenuItem theme = sub.addItem(getTranslation(dark ? "shell.theme.light" : "shell.theme.dark"),
                e -> toggleTheme());
        theme.setId("menu-theme");
        PhoneWidth.track(menu, phone -> {
            name.setVisible(!phone);
            language.setVisible(phone);
            theme.setVisible(phone);
        });
        sub.addItem(getTranslation("shell.change-password"), e -> new ChangePasswordDialog(users).open())
                .setId("menu-change-password");
        sub.addItem(getTranslation("shell.logout"), e -> authenticationContext.logout()).setId("menu-logout");
        return menu;
    }

    private void toggleLanguage() {
        UI ui = UI.getCurrent();
        UserPreferencesApplier.Preferences current = preferences.preferences(ui);
        Locale next = HeadpinI18NProvider.CHINESE.equals(current.locale())
                ? HeadpinI18NProvider.ENGLISH : HeadpinI18NProvider.CHINESE;
        users.setOwnLanguage(UserPreferencesApplier.languageTag(next));
        UserPreferencesApplier.remember(ui, new UserPreferencesApplier.Preferences(next, current.dark()));
        ui.getSession().setLocale(next);
        ui.setLocale(next);
        // Rebuild the shell and the view so every label is read again in the new language.
        ui.refreshCurrentRoute(true);
    }

    private void toggleTheme() {
        UI ui = UI.getCurrent();
        UserPreferencesApplier.Preferences current = preferences.preferences(ui);
        boolean dark = !current.dark();
        users.setOwnDarkTheme(dark);
        UserPreferencesApplier.remember(ui, new UserPreferencesApplier.Preferences(current.locale(), dark));
        ThemeSwitch.apply(ui, dark);
        ui.refreshCurrentRoute(true);
    }
}
