package com.headpin.security.ui;

import java.util.List;

import com.headpin.TestSessions;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import com.vaadin.flow.component.grid.Grid;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** What tests do on the Users admin screen, in one place: find the grid, open a user's form, read a user. */
public final class UsersScreen {

    private UsersScreen() {
    }

    @SuppressWarnings("unchecked")
    public static Grid<UserSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("users-grid"));
    }

    public static List<UserSummary> rows() {
        return _fetch(grid(), 0, 500);
    }

    /** Clicks the user's row, which opens the edit form. */
    public static void open(String username) {
        List<UserSummary> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).username().equals(username)) {
                _clickItem(grid(), i);
                return;
            }
        }
        throw new AssertionError("No row for " + username);
    }

    /** The user as stored now, read as the administrator. */
    public static UserSummary stored(UserAccountService users, UserDetailsService userDetails, String username) {
        return TestSessions.as(userDetails, "admin", () -> users.page(username, Pageable.unpaged()).stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow());
    }
}
