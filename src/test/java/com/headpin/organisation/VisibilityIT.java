package com.headpin.organisation;

import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.DemoUnits;
import com.headpin.HeadpinTest;
import com.headpin.TestLogin;
import com.headpin.security.HeadpinUserPrincipal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.headpin.DemoUnits.BANKING;
import static com.headpin.DemoUnits.EAST;
import static com.headpin.DemoUnits.ENERGY;
import static com.headpin.DemoUnits.MANUFACTURING;
import static com.headpin.DemoUnits.NORTH;
import static org.assertj.core.api.Assertions.assertThat;

/** The one visibility rule on the demo organisation (see {@link DemoUnits}). */
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
        assertThat(scope.canSee(id("rep"), null, null)).isTrue();
        assertThat(scope.canSee(id("rep"), team(ENERGY), region(NORTH))).as("own, wherever placed").isTrue();
        assertThat(scope.canSee(id("rep2"), team(BANKING), region(EAST))).isTrue();
        assertThat(scope.canSee(id("rep2"), null, null)).isFalse();
        assertThat(scope.canSee(id("rep2"), null, region(EAST))).as("the region is not the rep's").isFalse();
        assertThat(scope.canSee(id("rep3"), team(ENERGY), region(NORTH))).isFalse();
        assertThat(scope.teamIds()).containsExactly(team(BANKING));
        assertThat(scope.canManage(id("rep"), team(BANKING), region(EAST))).as("reps manage nothing").isFalse();
    }

    @Test
    void teamManagerSeesTheirTeamsAccountsAndTheUnplacedOnesOfTheirPeople() {
        VisibilityScope scope = scopeOf("manager");
        assertThat(scope.canSee(id("rep"), null, null)).isTrue();
        assertThat(scope.canSee(id("rep2"), null, null)).isTrue();
        assertThat(scope.canSee(id("rep3"), null, null)).isFalse();
        assertThat(scope.canSee(id("consultant"), team(MANUFACTURING), region(EAST))).isFalse();
        // The team decides, not the owner: a rep of the team with an account on another team.
        assertThat(scope.canSee(id("rep2"), team(MANUFACTURING), region(EAST))).isFalse();
        assertThat(scope.canSee(id("rep3"), team(BANKING), region(EAST))).isTrue();
        // A region-level account belongs to the region's directors, not to a team manager.
        assertThat(scope.canSee(id("rep"), null, region(EAST))).isFalse();
        assertThat(scope.canManage(id("rep2"), team(BANKING), null)).isTrue();
    }

    @Test
    void aRegionsDirectorDoesNotSeeAnotherRegionsTeamEvenWhenTheOwnerIsTheirs() {
        VisibilityScope scope = scopeOf("north.director");
        // rep3 is on a North team; an account of theirs placed on an East team belongs to East.
        assertThat(scope.canSee(id("rep3"), team(BANKING), region(EAST))).isFalse();
        assertThat(scope.canSee(id("rep3"), null, region(EAST))).isFalse();
        assertThat(scope.canSee(id("rep3"), team(ENERGY), region(NORTH))).isTrue();
        assertThat(scope.canSee(id("rep"), team(ENERGY), region(NORTH))).as("placed in North").isTrue();
        assertThat(scope.canSee(id("rep"), null, region(NORTH))).isTrue();
        assertThat(scope.canSee(id("rep3"), null, null)).as("unplaced: by owner").isTrue();
        assertThat(scope.canSee(id("rep"), null, null)).isFalse();
        assertThat(scope.mayAssignTeam(team(ENERGY))).isTrue();
        assertThat(scope.mayAssignTeam(team(BANKING))).isFalse();
        assertThat(scope.mayAssignOwner(id("rep3"))).isTrue();
        assertThat(scope.mayAssignOwner(id("rep"))).isFalse();
    }

    @Test
    void companyDirectorSeesEverythingPlacedInTheWholeTree() {
        VisibilityScope scope = scopeOf("director");
        assertThat(scope.all()).isFalse();
        for (String owner : Set.of("rep", "rep2", "rep3", "manager", "consultant", "north.director")) {
            assertThat(scope.canSee(id(owner), null, null)).as(owner).isTrue();
        }
        assertThat(scope.managedTeamIds()).containsExactlyInAnyOrderElementsOf(organisation.tree().all().stream()
                .filter(u -> u.type() == UnitType.TEAM).map(OrgUnitSummary::id).collect(Collectors.toSet()));
        assertThat(scope.canSee(id("admin"), null, null)).isFalse();
        assertThat(scope.canSee(id("admin"), null, region(NORTH))).isTrue();
    }

    @Test
    void adminSeesEverything() {
        VisibilityScope scope = scopeOf("admin");
        assertThat(scope.all()).isTrue();
        assertThat(scope.canSee(12345L, 678L, null)).isTrue();
        assertThat(scope.canManage(12345L, null, null)).isTrue();
    }

    @Test
    void anonymousCallerSeesNothing() {
        SecurityContextHolder.clearContext();
        assertThat(visibility.current()).isEqualTo(VisibilityScope.NOTHING);
        assertThat(VisibilityScope.NOTHING.canSee(1L, 1L, 1L)).isFalse();
    }

    @Test
    void aRecordsParticipantsSeeItWhereverItIsPlacedButDoNotManageIt() {
        VisibilityScope rep3 = scopeOf("rep3");
        Set<Long> participants = Set.of(id("rep3"), id("consultant"));
        assertThat(rep3.canSee(id("rep"), team(BANKING), region(EAST))).isFalse();
        assertThat(rep3.canSee(id("rep"), team(BANKING), region(EAST), participants)).isTrue();
        assertThat(rep3.canSee(id("rep"), team(BANKING), region(EAST), Set.of(id("consultant")))).isFalse();
        assertThat(rep3.canManage(id("rep"), team(BANKING), region(EAST))).isFalse();
        assertThat(scopeOf("north.director").canSee(id("rep"), team(BANKING), region(EAST), participants))
                .as("a participant's director does not come along").isFalse();
    }

    private VisibilityScope scopeOf(String username) {
        TestLogin.as(userDetails, username);
        return visibility.current();
    }

    private long id(String username) {
        return ((HeadpinUserPrincipal) userDetails.loadUserByUsername(username)).userId();
    }

    private long team(String name) {
        return unit(name);
    }

    private long region(String name) {
        return unit(name);
    }

    private long unit(String name) {
        return DemoUnits.id(organisation, userDetails, name);
    }

}
