package com.headpin.organisation;

import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.HeadpinTest;
import com.headpin.TestLogin;
import com.headpin.security.HeadpinUserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** The one visibility rule on the demo organisation (see OrganisationDemoData). */
@HeadpinTest
class VisibilityIT {

    @Autowired
    Visibility visibility;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void repSeesOwnRecordsAndTheirTeamsButNotAColleaguesElsewhere() {
        VisibilityScope scope = scopeOf("rep");
        assertThat(scope.all()).isFalse();
        assertThat(scope.canSee(id("rep"), null)).isTrue();
        assertThat(scope.canSee(id("rep2"), team("上海金融行业组"))).isTrue();
        assertThat(scope.canSee(id("rep2"), null)).isFalse();
        assertThat(scope.canSee(id("rep3"), team("Energy Team"))).isFalse();
        assertThat(scope.teamIds()).containsExactly(team("上海金融行业组"));
    }

    @Test
    void teamManagerSeesEverythingOwnedInTheirTeamOnly() {
        VisibilityScope scope = scopeOf("manager");
        assertThat(scope.canSee(id("rep"), null)).isTrue();
        assertThat(scope.canSee(id("rep2"), null)).isTrue();
        assertThat(scope.canSee(id("rep3"), null)).isFalse();
        assertThat(scope.canSee(id("consultant"), team("杭州制造业组"))).isFalse();
    }

    @Test
    void companyDirectorSeesEverythingOwnedInTheWholeTree() {
        VisibilityScope scope = scopeOf("director");
        assertThat(scope.all()).isFalse();
        for (String owner : Set.of("rep", "rep2", "rep3", "manager", "consultant", "north.director")) {
            assertThat(scope.canSee(id(owner), null)).as(owner).isTrue();
        }
        assertThat(scope.teamIds()).containsExactlyInAnyOrderElementsOf(organisation.tree().all().stream()
                .filter(u -> u.type() == UnitType.TEAM).map(OrgUnitSummary::id).collect(Collectors.toSet()));
        assertThat(scope.canSee(id("admin"), null)).isFalse();
    }

    @Test
    void adminSeesEverything() {
        VisibilityScope scope = scopeOf("admin");
        assertThat(scope.all()).isTrue();
        assertThat(scope.canSee(12345L, 678L)).isTrue();
    }

    @Test
    void anonymousCallerSeesNothing() {
        SecurityContextHolder.clearContext();
        assertThat(visibility.current()).isEqualTo(VisibilityScope.NOTHING);
        assertThat(VisibilityScope.NOTHING.canSee(1L, 1L)).isFalse();
    }

    private VisibilityScope scopeOf(String username) {
        TestLogin.as(userDetails, username);
        return visibility.current();
    }

    private long id(String username) {
        return ((HeadpinUserPrincipal) userDetails.loadUserByUsername(username)).userId();
    }

    private long team(String name) {
        loginIfNeeded();
        return organisation.tree().all().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow().id();
    }

    private void loginIfNeeded() {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            scopeOf("admin");
        }
    }
}
