package com.headpin;

import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Counts the SQL statements some work sends (Hibernate statistics), for tests that a cost does not grow per row. */
public final class SqlStatements {

    private SqlStatements() {
    }

    /** Statements prepared while {@code work} runs, including the flush of what it changed. */
    public static long of(EntityManager entityManager, Runnable work) {
        flush(entityManager);
        entityManager.clear();
        Statistics statistics = entityManager.getEntityManagerFactory().unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        try {
            work.run();
            flush(entityManager);
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    /** Inside a test's transaction, what is pending goes to the database first (and what the work changed, after). */
    private static void flush(EntityManager entityManager) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            entityManager.flush();
        }
    }
}
