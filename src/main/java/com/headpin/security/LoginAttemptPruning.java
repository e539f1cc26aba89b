package com.headpin.security;

import com.headpin.scheduling.ClusterJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Hourly, once across the nodes: failed log-ins that are forgotten, and waits that are over, leave the table. */
@Component
class LoginAttemptPruning implements ClusterJob {

    private static final Logger log = LoggerFactory.getLogger(LoginAttemptPruning.class);

    private final LoginThrottle throttle;

    LoginAttemptPruning(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public String name() {
        return "security.prune-login-attempts";
    }

    @Override
    public String cron() {
        return "0 23 * * * ?";
    }

    @Override
    public void run() {
        int removed = throttle.prune();
        if (removed > 0) {
            log.info("Removed {} forgotten failed log-in counts", removed);
        }
    }
}
