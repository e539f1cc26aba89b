package com.headpin.shared.ui;

import com.headpin.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NavigationTrigger;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening a view that fails shows a translated page, never the exception (issue 9): a bad record address is "not
 * found", a bug "something went wrong", an unreachable database says so.
 */
class ErrorViewTest extends KaribuTest {

    @Test
    void aRecordAddressThatIsNoNumberIsNotFound() {
        openAs("rep3");
        for (String address : new String[] {"accounts/abc", "accounts/1e3", "accounts/99999999999999999999",
                "accounts/-1"}) {
            typeAddress(address);
            assertThat(_get(Component.class, spec -> spec.withId("not-found")).getElement().getTextRecursively())
                    .as(address).contains("Page not found");
            _assertNone(ErrorView.class);
        }
    }

    @Test
    void aViewThatFailsShowsTheFriendlyPageWithoutTheExceptionText() {
        openAs("rep3");
        typeAddress("test/failing/bug");

        _assertOne(ErrorView.class);
        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText()).isEqualTo("Something went wrong");
        assertThat(pageText()).contains("This page could not be opened").doesNotContain("hunter2", "Exception",
                "IllegalState", "at com.");
    }

    @Test
    void whenTheDatabaseCannotBeReachedThePageSaysSoInTheUsersLanguage() {
        openAs("director");
        typeAddress("test/failing/database");

        _assertOne(ErrorView.class);
        // The director chose Chinese (demo data).
        assertThat(_get(H2.class, spec -> spec.withId("error-title")).getText()).isEqualTo("暂时无法连接数据库");
        assertThat(pageText()).contains("已保存的内容不会丢失").doesNotContain("hunter2", "Hikari", "Exception");
    }

    private static String pageText() {
        return _get(ErrorView.class).getElement().getTextRecursively();
    }

    /** As a browser opening the address does (UI.navigate leaves an address without a route to the client). */
    private static void typeAddress(String address) {
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new Location(address), NavigationTrigger.PAGE_LOAD);
    }
}
