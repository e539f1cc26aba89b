package com.headpin.demo;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitChanges;
import com.headpin.organisation.UnitType;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A demo company: one region named in Chinese, one in English, four teams, and the demo users (password
 * {@code demo}). Present once the {@code admin} user exists. Later parts find the users and teams by these names.
 */
@Component
class OrganisationDemoData implements DemoData {

    static final String PASSWORD = "demo";
    static final String EAST_REGION = "华东大区";
    static final String NORTH_REGION = "North Region";
    static final String BANKING_TEAM = "上海金融行业组";
    static final String MANUFACTURING_TEAM = "杭州制造业组";
    static final String ENERGY_TEAM = "Energy Team";
    static final String GOVERNMENT_TEAM = "Government & Utilities Team";
    private static final Logger log = LoggerFactory.getLogger(OrganisationDemoData.class);

    private final UserAccountService users;
    private final OrganisationService organisation;

    OrganisationDemoData(UserAccountService users, OrganisationService organisation) {
        this.users = users;
        this.organisation = organisation;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public String name() {
        return "organisation";
    }

    @Override
    public boolean present() {
        return users.exists("admin");
    }

    @Override
    public void seed() {
        user("admin", "赵立新", "en", Role.ADMIN);
        // A second administrator, so that two people can work on the admin screens together.
        user("admin2", "钱进", "zh-CN", Role.ADMIN);
        UserSummary director = user("director", "王伟", "zh-CN", Role.DIRECTOR);
        UserSummary manager = user("manager", "李娜", "zh-CN", Role.DIRECTOR);
        UserSummary rep = user("rep", "张敏", "zh-CN", Role.REP);
        UserSummary rep2 = user("rep2", "刘洋", "zh-CN", Role.REP);
        UserSummary rep3 = user("rep3", "Emma Clarke", "en", Role.REP);
        UserSummary consultant = user("consultant", "陈静", "zh-CN", Role.RESOURCE);
        UserSummary northDirector = user("north.director", "James Walker", "en", Role.DIRECTOR);

        OrgUnitSummary company = organisation.create(null, UnitType.COMPANY, "Headpin 演示科技有限公司");
        manage(company, director, Set.of());
        OrgUnitSummary east = organisation.create(company.id(), UnitType.REGION, EAST_REGION);
        OrgUnitSummary north = organisation.create(company.id(), UnitType.REGION, NORTH_REGION);
        manage(north, northDirector, Set.of());

        OrgUnitSummary banking = organisation.create(east.id(), UnitType.TEAM, BANKING_TEAM);
        manage(banking, manager, Set.of(manager.id(), rep.id(), rep2.id()));
        OrgUnitSummary manufacturing = organisation.create(east.id(), UnitType.TEAM, MANUFACTURING_TEAM);
        manage(manufacturing, null, Set.of(consultant.id()));
        OrgUnitSummary energy = organisation.create(north.id(), UnitType.TEAM, ENERGY_TEAM);
        manage(energy, northDirector, Set.of(rep3.id()));
        OrgUnitSummary government = organisation.create(north.id(), UnitType.TEAM, GOVERNMENT_TEAM);
        manage(government, northDirector, Set.of(northDirector.id()));
        log.info("Demo users admin, admin2, director, manager, rep, rep2, rep3, consultant, north.director "
                + "(password '{}')", PASSWORD);
    }

    /** The demo organisation as it is stored: user and unit ids by username and unit name, for later parts. */
    Directory directory() {
        return new Directory(
                users.activeUsers().stream().collect(Collectors.toMap(UserSummary::username, UserSummary::id)),
                organisation.tree().all().stream()
                        .collect(Collectors.toMap(OrgUnitSummary::name, OrgUnitSummary::id, (first, next) -> first)));
    }

    record Directory(Map<String, Long> userIds, Map<String, Long> unitIds) {

        long user(String username) {
            return find(userIds, username);
        }

        long unit(String name) {
            return find(unitIds, name);
        }

        private static long find(Map<String, Long> ids, String name) {
            Long id = ids.get(name);
            if (id == null) {
                throw new IllegalStateException("the demo organisation has no " + name);
            }
            return id;
        }
    }

    private UserSummary user(String username, String fullName, String language, Role role) {
        return users.createDemoUser(new NewUser(username, fullName, username + "@demo.headpin.local",
                EnumSet.of(role), language, PASSWORD));
    }

    private void manage(OrgUnitSummary unit, @Nullable UserSummary managerOrNull, Set<Long> members) {
        organisation.update(new UnitChanges(unit.id(), unit.version(), unit.name(),
                managerOrNull == null ? null : managerOrNull.id(), members));
    }
}
