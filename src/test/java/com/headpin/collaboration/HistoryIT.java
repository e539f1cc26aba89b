package com.headpin.collaboration;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.headpin.HeadpinTest;
import com.headpin.TestLogin;
import com.headpin.TestSessions;
import com.headpin.collaboration.TimelineEntry.Kind;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.OrganisationTopics;
import com.headpin.organisation.UnitChanges;
import com.headpin.organisation.UnitType;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserChanges;
import com.headpin.security.UserSummary;
import com.headpin.security.UserTopics;
import com.headpin.shared.RecordType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Field-level history through Envers, on H2 and on MySQL/MariaDB: who changed what, passwords never. */
@HeadpinTest
class HistoryIT {

    @Autowired
    Timeline timeline;
    @Autowired
    UserAccountService users;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void twoAdministratorsRenamingAUserShowUpWithBeforeAfterAndWho() {
        TestLogin.as(userDetails, "admin");
        UserSummary created = users.create(new NewUser("history.rename", "周小川", null, EnumSet.of(Role.REP), null,
                "History2026pw"));
        UserSummary renamed = users.update(changes(created, "周大川"));
        TestSessions.as(userDetails, "admin2", () -> users.update(changes(renamed, "Zhou Dachuan")));

        List<TimelineEntry> entries = timeline.entries(UserTopics.USER, created.id(), Locale.ENGLISH);

        assertThat(entries).extracting(TimelineEntry::kind, TimelineEntry::actorName, TimelineEntry::field,
                TimelineEntry::before, TimelineEntry::after).containsExactly(
                tuple(Kind.FIELD_CHANGED, "钱进", "user.full-name", "周大川", "Zhou Dachuan"),
                tuple(Kind.FIELD_CHANGED, "赵立新", "user.full-name", "周小川", "周大川"),
                tuple(Kind.CREATED, "赵立新", null, null, null));
        assertThat(entries.get(1).actorId()).isEqualTo(idOf("admin"));
        assertThat(entries.get(0).actorId()).isEqualTo(idOf("admin2"));
        assertThat(entries.get(0).at()).isAfterOrEqualTo(entries.get(1).at());
    }

    @Test
    void passwordChangesNeverAppearAndAreNeverCopied() {
        TestLogin.as(userDetails, "admin");
        UserSummary created = users.create(new NewUser("history.password", "孙丽", null, EnumSet.of(Role.REP), null,
                "History2026pw"));
        users.resetPassword(created.id(), "Another2026pw");
        TestSessions.as(userDetails, "history.password", () -> {
            users.changeOwnPassword("Another2026pw", "Yetanother2026pw");
            return null;
        });

        assertThat(timeline.entries(UserTopics.USER, created.id(), Locale.ENGLISH)).extracting(TimelineEntry::kind)
                .containsExactly(Kind.CREATED);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_users_aud WHERE id = ?", Long.class, created.id()))
                .isEqualTo(1L);
        assertThat(jdbc.queryForList("SELECT * FROM app_users_aud WHERE id = ?", created.id()).getFirst().keySet())
                .map(column -> column.toLowerCase(Locale.ROOT)).doesNotContain("password_hash");
    }

    @Test
    void rolesStatusAndLanguageAreShownInTheReadersLanguage() {
        TestLogin.as(userDetails, "admin");
        UserSummary created = users.create(new NewUser("history.roles", "吴芳", "wu@example.com",
                EnumSet.of(Role.REP), "en", "History2026pw"));
        users.update(new UserChanges(created.id(), created.version(), created.fullName(), null,
                EnumSet.of(Role.REP, Role.DIRECTOR), false, "zh-CN"));

        assertThat(timeline.entries(UserTopics.USER, created.id(), Locale.SIMPLIFIED_CHINESE))
                .filteredOn(entry -> entry.kind() == Kind.FIELD_CHANGED)
                .extracting(TimelineEntry::field, TimelineEntry::before, TimelineEntry::after)
                .containsExactlyInAnyOrder(
                        tuple("user.email", "wu@example.com", ""),
                        tuple("user.roles", "销售代表", "销售总监, 销售代表"),
                        tuple("user.status", "已启用", "已停用"),
                        tuple("user.language", "English", "简体中文"));
    }

    @Test
    void unitRenameManagerAndMembersAppearByName() {
        TestLogin.as(userDetails, "admin");
        long region = organisation.tree().all().stream().filter(unit -> unit.type() == UnitType.REGION)
                .findFirst().orElseThrow().id();
        OrgUnitSummary team = organisation.create(region, UnitType.TEAM, "历史测试组");
        OrgUnitSummary staffed = organisation.update(new UnitChanges(team.id(), team.version(), "历史测试组",
                idOf("manager"), Set.of(idOf("rep"), idOf("rep2"))));
        OrgUnitSummary renamed = TestSessions.as(userDetails, "admin2", () -> organisation.update(
                new UnitChanges(staffed.id(), staffed.version(), "History Test Team", idOf("manager"),
                        Set.of(idOf("rep")))));

        assertThat(timeline.entries(OrganisationTopics.UNIT, team.id(), Locale.ENGLISH))
                .extracting(TimelineEntry::kind, TimelineEntry::actorName, TimelineEntry::field,
                        TimelineEntry::before, TimelineEntry::after)
                .containsExactly(
                        tuple(Kind.FIELD_CHANGED, "钱进", "org.members", "刘洋, 张敏", "张敏"),
                        tuple(Kind.FIELD_CHANGED, "钱进", "org.name", "历史测试组", "History Test Team"),
                        tuple(Kind.FIELD_CHANGED, "赵立新", "org.members", "", "刘洋, 张敏"),
                        tuple(Kind.FIELD_CHANGED, "赵立新", "org.manager", "", "李娜"),
                        tuple(Kind.CREATED, "赵立新", null, null, null));
        organisation.delete(team.id(), renamed.version());
    }

    @Test
    void onlyAdministratorsReadTheHistoryOfUsersAndUnits() {
        long rep = idOf("rep");
        long unit = TestSessions.as(userDetails, "admin", () -> organisation.tree().roots().getFirst().id());
        TestLogin.as(userDetails, "rep");
        assertThatThrownBy(() -> timeline.entries(UserTopics.USER, rep, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> timeline.entries(OrganisationTopics.UNIT, unit, Locale.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
        // Record types nobody here guards are none of these sources' business: no entries, no refusal.
        assertThat(timeline.entries(RecordType.of("no-such-type"), 1, Locale.ENGLISH)).isEmpty();
    }

    private UserChanges changes(UserSummary user, String fullName) {
        return new UserChanges(user.id(), user.version(), fullName, user.email(), user.roles(), user.enabled(),
                user.preferredLanguage());
    }

    /** The id of a demo user (read as an administrator). */
    private long idOf(String username) {
        return TestSessions.as(userDetails, "admin", () -> users.page(username, Pageable.unpaged()).stream()
                .filter(u -> u.username().equals(username)).findFirst().orElseThrow().id());
    }
}
