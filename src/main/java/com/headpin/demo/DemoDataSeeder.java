package com.headpin.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.headpin.security.SystemAuthentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds each {@link DemoData} part that is missing, through the secured services as an administrator. A part that
 * cannot be seeded (its demo users were renamed, say) is reported and skipped; the others still run.
 */
@Component
@ConditionalOnProperty(name = "headpin.demo-data", havingValue = "true")
@Order(0)
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final List<DemoData> parts;
    private final TransactionTemplate transactions;

    DemoDataSeeder(List<DemoData> parts, TransactionTemplate transactions) {
        this.parts = parts.stream().sorted(Comparator.comparingInt(DemoData::order)).toList();
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<String> seeded = seedMissing();
        log.info(seeded.isEmpty() ? "Demo data already present; nothing seeded" : "Demo data seeded: {}", seeded);
    }

    /** The names of the parts seeded now. */
    List<String> seedMissing() {
        List<String> seeded = new ArrayList<>();
        for (DemoData part : parts) {
            try {
                Boolean done = SystemAuthentication.runAsAdmin(() -> transactions.execute(tx -> {
                    if (part.present()) {
                        return false;
                    }
                    part.seed();
                    return true;
                }));
                if (Boolean.TRUE.equals(done)) {
                    seeded.add(part.name());
                }
            } catch (IllegalStateException e) {
                log.warn("Demo data {} not seeded: {}", part.name(), e.getMessage());
            }
        }
        return seeded;
    }
}
