package com.headpin.stakeholders.internal;

import com.headpin.scheduling.ClusterJob;
import com.headpin.stakeholders.RedFlagService;
import org.springframework.stereotype.Component;

/** Every morning, before work: time-based red flags (no contact for too long) are raised on all open deals. */
@Component
class RedFlagCheckJob implements ClusterJob {

    private final RedFlagService flags;

    RedFlagCheckJob(RedFlagService flags) {
        this.flags = flags;
    }

    @Override
    public String name() {
        return "stakeholders.red-flag-check";
    }

    @Override
    public String cron() {
        return "0 30 5 * * ?";
    }

    @Override
    public void run() {
        flags.recheckOpenDeals(true);
    }
}
