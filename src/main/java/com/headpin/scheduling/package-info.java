/**
 * Cluster-wide scheduled jobs: a bean implementing {@link com.headpin.scheduling.ClusterJob} runs on its cron, in
 * the company's time zone, once across all nodes (Quartz with its JDBC job store in clustered mode on the app's
 * database), as the system administrator.
 */
@NullMarked
@ApplicationModule(displayName = "Scheduling")
package com.headpin.scheduling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
