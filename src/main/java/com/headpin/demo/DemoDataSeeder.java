package com.headpin.demo;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import com.headpin.accounts.Industry;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitChanges;
import com.headpin.organisation.UnitType;
import com.headpin.security.NewUser;
import com.headpin.security.Role;
import com.headpin.security.SystemAuthentication;
import com.headpin.security.UserAccountService;
import com.headpin.security.UserSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo company for the embedded default: one region named in Chinese, one in English, four teams, and the demo
 * users (password {@code demo}). Runs once: a database that already has the {@code admin} user is left alone.
 * Later modules add their demo records here, after the organisation.
 */
@Component
@ConditionalOnProperty(name = "headpin.demo-data", havingValue = "true")
@Order(0)
class DemoDataSeeder implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final UserAccountService users;
    private final OrganisationService organisation;
    private final TransactionTemplate transactions;
    private final AccountDemoData accountData;

    DemoDataSeeder(UserAccountService users, OrganisationService organisation, TransactionTemplate transactions,
                   AccountDemoData accountData) {
        this.users = users;
        this.organisation = organisation;
        this.transactions = transactions;
        this.accountData = accountData;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.exists("admin")) {
            log.info("Demo data already present; nothing seeded");
            return;
        }
        SystemAuthentication.runAsAdmin(() -> transactions.executeWithoutResult(tx -> seed()));
        log.info("Demo data seeded: users admin, admin2, director, manager, rep, rep2, rep3, consultant, north.director "
                + "(password '{}')",
                PASSWORD);
    }

    private void seed() {
        UserSummary admin = user("admin", "赵立新", "en", Role.ADMIN);
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
        OrgUnitSummary east = organisation.create(company.id(), UnitType.REGION, "华东大区");
        OrgUnitSummary north = organisation.create(company.id(), UnitType.REGION, "North Region");
        manage(north, northDirector, Set.of());

        OrgUnitSummary banking = organisation.create(east.id(), UnitType.TEAM, "上海金融行业组");
        manage(banking, manager, Set.of(manager.id(), rep.id(), rep2.id()));
        OrgUnitSummary manufacturing = organisation.create(east.id(), UnitType.TEAM, "杭州制造业组");
        manage(manufacturing, null, Set.of(consultant.id()));
        OrgUnitSummary energy = organisation.create(north.id(), UnitType.TEAM, "Energy Team");
        manage(energy, northDirector, Set.of(rep3.id()));
        OrgUnitSummary government = organisation.create(north.id(), UnitType.TEAM, "Government & Utilities Team");
        manage(government, northDirector, Set.of(northDirector.id()));

        accountData.seed(Map.of(
                Industry.BANKING, new AccountDemoData.Territory(rep.id(), banking.id(), east.id(), consultant.id()),
                Industry.MANUFACTURING, new AccountDemoData.Territory(rep2.id(), manufacturing.id(), east.id(),
                        consultant.id()),
                Industry.ENERGY, new AccountDemoData.Territory(rep3.id(), energy.id(), north.id(), consultant.id()),
                Industry.GOVERNMENT_UTILITIES, new AccountDemoData.Territory(northDirector.id(), government.id(),
                        north.id(), consultant.id())));
        log.debug("Seeded organisation under {} by {}", company.name(), admin.username());
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
