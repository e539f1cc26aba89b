package com.headpin.shared;

import java.util.function.Supplier;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LockFailuresTest {

    @Transactional
    public static class TransactionalService {
        public String save(Supplier<String> work) {
            return work.get();
        }
    }

    public static class PlainBean {
    }

    public static class OneTransactionalMethod {
        @Transactional
        public void save() {
        }
    }

    @Test
    void everyKindOfOptimisticLockFailureBecomesStale() {
        TransactionalService service = translated();
        assertThatThrownBy(() -> service.save(() -> {
            throw new ObjectOptimisticLockingFailureException("Contact", 1L);
        })).isInstanceOf(StaleDataException.class).hasCauseInstanceOf(ObjectOptimisticLockingFailureException.class)
                .hasMessageContaining("TransactionalService.save");
        assertThatThrownBy(() -> service.save(() -> {
            throw new OptimisticLockException("row changed");
        })).isInstanceOf(StaleDataException.class);
        assertThatThrownBy(() -> service.save(() -> {
            throw new TransactionSystemException("commit failed", new StaleObjectStateException("Contact", 1L));
        })).isInstanceOf(StaleDataException.class);
    }

    @Test
    void otherFailuresAndResultsPassUnchanged() {
        TransactionalService service = translated();
        assertThat(service.save(() -> "saved")).isEqualTo("saved");
        assertThatThrownBy(() -> service.save(() -> {
            throw InvalidInputException.of("name", "validation.required");
        })).isInstanceOf(InvalidInputException.class);
        StaleDataException stale = new StaleDataException("checked before saving");
        assertThatThrownBy(() -> service.save(() -> {
            throw stale;
        })).isSameAs(stale);
    }

    @Test
    void onlyTransactionalBeansOfHeadpinAreAdvised() {
        assertThat(LockFailures.ServiceMethods.isTransactional(TransactionalService.class)).isTrue();
        assertThat(LockFailures.ServiceMethods.isTransactional(OneTransactionalMethod.class)).isTrue();
        assertThat(LockFailures.ServiceMethods.isTransactional(PlainBean.class)).isFalse();
        assertThat(LockFailures.ServiceMethods.isTransactional(
                org.springframework.data.jpa.repository.support.SimpleJpaRepository.class)).isFalse();
    }

    private static TransactionalService translated() {
        ProxyFactory factory = new ProxyFactory(new TransactionalService());
        factory.setProxyTargetClass(true);
        factory.addAdvisor(LockFailures.lockFailureTranslation());
        return (TransactionalService) factory.getProxy();
    }
}
