package com.headpin.stakeholders.ui;

import java.util.Locale;

import com.headpin.KaribuTest;
import com.headpin.stakeholders.StandardWinResult;
import com.headpin.stakeholders.StandardWinResultInput;
import com.headpin.stakeholders.WinResultCatalogService;
import com.headpin.stakeholders.WinResultKind;
import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalogue of standard win results: a director keeps it in both languages; a rep may not open it. */
class WinResultsViewTest extends KaribuTest {

    @Autowired
    WinResultCatalogService catalog;

    @Test
    void aDirectorAddsAndRenamesAWinResultInBothLanguages() {
        openAs("director", Locale.ENGLISH);
        navigate("win-results");
        _assertOne(WinResultsView.class);
        int before = _size(grid());

        _click(_get(Button.class, spec -> spec.withId("new-win-result")));
        _click(_get(Button.class, spec -> spec.withId("save-win-result")));
        assertThat(english().isInvalid()).as("a win result needs a name in one language").isTrue();
        _setValue(english(), "Less travel");
        _setValue(chinese(), "减少出差");
        @SuppressWarnings("unchecked")
        Select<WinResultKind> kind = _get(Select.class, spec -> spec.withId("win-result-kind"));
        _setValue(kind, WinResultKind.FAMILY_CAREER);
        _click(_get(Button.class, spec -> spec.withId("save-win-result")));
        _assertNone(WinResultDialog.class);
        assertThat(_size(grid())).isEqualTo(before + 1);
        StandardWinResult added = catalog.list().getLast();
        assertThat(added.label(Locale.ENGLISH)).isEqualTo("Less travel");
        assertThat(added.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("减少出差");
        assertThat(added.kind()).isEqualTo(WinResultKind.FAMILY_CAREER);

        _click(rowButton(added.id(), "win-result-edit-"));
        _setValue(english(), "Less business travel");
        _setValue(chinese(), "减少商务出差");
        _click(_get(Button.class, spec -> spec.withId("save-win-result")));
        StandardWinResult renamed = catalog.list().getLast();
        assertThat(renamed.labelEn()).isEqualTo("Less business travel");
        assertThat(renamed.labelZh()).isEqualTo("减少商务出差");

        _click(rowButton(added.id(), "win-result-up-"));
        assertThat(catalog.list().get(catalog.list().size() - 2).id()).isEqualTo(added.id());
        _click(rowButton(added.id(), "win-result-delete-"));
        assertThat(catalog.list()).extracting(StandardWinResult::id).as("unused: deleted").doesNotContain(added.id());
    }

    @Test
    void aRepCannotOpenTheCatalogueAndTheServiceRefusesThem() {
        openAs("rep3");
        navigate("win-results");
        _assertNone(WinResultsView.class);
        assertThat(catalog.mayEdit()).isFalse();
        assertThatThrownBy(() -> catalog.save(null, new StandardWinResultInput(0, "Mine", "", WinResultKind.PERSONAL,
                true))).isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.list()).as("everyone reads it").isNotEmpty();
    }

    /** A button of the row's actions cell (grid cells are rendered lazily, so they are not in the UI tree). */
    private static Button rowButton(long id, String prefix) {
        Grid<StandardWinResult> grid = grid();
        int row = GridKt._fetch(grid, 0, _size(grid)).stream().map(StandardWinResult::id).toList().indexOf(id);
        return (Button) GridKt._getCellComponent(grid, row, "actions").getChildren()
                .filter(b -> b.getId().orElse("").equals(prefix + id)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Grid<StandardWinResult> grid() {
        return _get(Grid.class, spec -> spec.withId("win-results-grid"));
    }

    private static TextField english() {
        return _get(TextField.class, spec -> spec.withId("win-result-label-en"));
    }

    private static TextField chinese() {
        return _get(TextField.class, spec -> spec.withId("win-result-label-zh"));
    }
}
