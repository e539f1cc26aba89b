package com.headpin.planning.internal;

import com.headpin.planning.CustomerYearService;
import com.headpin.scheduling.ClusterJob;
import org.springframework.stereotype.Component;

/**
 * Every morning, company time: the customer's-year reminders that are due (their days ahead of a season or holiday
 * reached, the period not started yet) go to the account owners; none twice, however often it runs.
 */
@Component
class CustomerYearReminderJob implements ClusterJob {

    private final CustomerYearService customerYear;

    CustomerYearReminderJob(CustomerYearService customerYear) {
        this.customerYear = customerYear;
    }

    @Override
    public String name() {
        return "planning.customer-year-reminders";
    }

    @Override
    public String cron() {
        return "0 0 7 * * ?";
    }

    @Override
    public void run() {
        customerYear.sendDueReminders();
    }
}
