package com.headpin.shared;

import java.util.ArrayList;
import java.util.List;

import com.headpin.HeadpinTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Lock failures at commit happen in the transaction interceptor: the translation must wrap it, in every service. */
@HeadpinTest
class LockFailuresIT {

    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    Advisor lockFailureTranslation;

    @Test
    void everyTransactionalServiceTranslatesOutsideItsTransaction() {
        List<String> checked = new ArrayList<>();
        for (String name : context.getBeanFactory().getBeanDefinitionNames()) {
            Class<?> type = context.getType(name, false);
            if (type == null || !context.getBeanFactory().isSingleton(name)
                    || !LockFailures.ServiceMethods.isTransactional(ClassUtils.getUserClass(type))) {
                continue;
            }
            Object bean = context.getBean(name);
            assertThat(bean).as(name).isInstanceOf(Advised.class);
            List<Advisor> chain = List.of(((Advised) bean).getAdvisors());
            int translation = chain.indexOf(lockFailureTranslation);
            int transaction = indexOfTransaction(chain);
            assertThat(translation).as(name + " translates lock failures").isNotNegative();
            assertThat(translation).as(name + ": translation outside the transaction").isLessThan(transaction);
            checked.add(ClassUtils.getUserClass(type).getSimpleName());
        }
        assertThat(checked).contains("ContactService", "AccountPlanService", "BeachheadService", "ScorecardService",
                "AccountService", "OrganisationService", "UserAccountService", "CommentService");
    }

    private static int indexOfTransaction(List<Advisor> chain) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i).getAdvice() instanceof TransactionInterceptor) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }
}
