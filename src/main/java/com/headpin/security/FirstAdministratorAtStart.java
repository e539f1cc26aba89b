package com.headpin.security;

import com.headpin.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * At start, on a database without users: creates the first administrator from {@code headpin.admin.*}, or prints
 * a one-time set-up token in the log. Runs last, after the demo data (whose users make this unnecessary).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministratorAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministratorAtStart.class);

    private final FirstAdministrator first;
    private final FirstAdminProperties admin;

    FirstAdministratorAtStart(FirstAdministrator first, FirstAdminProperties admin) {
        this.first = first;
        this.admin = admin;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsAdmin(this::createOrInvite);
    }

    private void createOrInvite() {
        if (admin.given()) {
            createFromEnvironment();
        } else if (first.setupNeeded()) {
            log.warn("No users yet. Open /setup and create the first administrator with this one-time set-up token "
                    + "(valid for 24 hours, on any node): {}  -- or set HEADPIN_ADMIN_USERNAME and "
                    + "HEADPIN_ADMIN_PASSWORD and restart.", first.issueToken());
        }
    }

    private void createFromEnvironment() {
        try {
            if (first.createFromEnvironment(admin)) {
                log.warn("First administrator '{}' created from HEADPIN_ADMIN_USERNAME and HEADPIN_ADMIN_PASSWORD; "
                        + "they choose a new password at first log-in.", admin.username());
            } else {
                log.info("Users exist: HEADPIN_ADMIN_USERNAME and HEADPIN_ADMIN_PASSWORD are ignored and can be "
                        + "removed from the environment.");
            }
        } catch (DataIntegrityViolationException sameMomentOnAnotherNode) {
            if (first.setupNeeded()) {
                throw sameMomentOnAnotherNode;
            }
            log.info("The first administrator was created by another node.");
        } catch (InvalidInputException refused) {
            throw new IllegalStateException("HEADPIN_ADMIN_USERNAME / HEADPIN_ADMIN_PASSWORD refused: "
                    + refused.fieldErrors() + " (usernames: 2-50 lowercase letters, digits, . _ -; passwords: "
                    + "8 or more characters with letters and digits, at most 72 bytes, not containing the username)",
                    refused);
        }
    }
}
