package com.headpin.collaboration.ui;

import java.time.Duration;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.headpin.KaribuTest;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A form header shows the Chinese administrator 赵立新 as 立新, marked to be drawn small enough to fit (styles.css). */
class PresenceAvatarsTest extends KaribuTest {

    @Autowired
    OrganisationService organisation;

    @Test
    void aFormHeaderShowsTheChineseAdministratorWithWideInitials() {
        openAs("admin");
        navigate("admin/organisation");
        OrgUnitSummary team = organisation.tree().all().stream()
                .filter(u -> u.name().equals("Government & Utilities Team")).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        TreeGrid<OrgUnitSummary> tree = _get(TreeGrid.class, spec -> spec.withId("org-tree"));
        tree.select(team);
        _click(_get(Button.class, spec -> spec.withId("edit-unit")));

        await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> {
            MockVaadin.clientRoundtrip(false);
            AvatarGroup header = _get(AvatarGroup.class, spec -> spec.withId("unit-presence"));
            assertThat(header.getClassNames()).contains("presence-avatars");
            assertThat(header.getItems()).singleElement().satisfies(item -> {
                assertThat(item.getName()).isEqualTo("赵立新");
                assertThat(item.getAbbreviation()).isEqualTo("立新");
                assertThat(item.getClassName()).isEqualTo("wide-initials");
            });
        });
    }
}
