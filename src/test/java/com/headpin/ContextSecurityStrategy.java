package com.headpin;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Every Spring context installs its own security-context strategy globally, and its method security checks with
 * that instance. Several contexts live in one test JVM (the cached test contexts, a module test's, the private nodes
 * some ITs start), so before each test method this puts back the strategy of the test's own context; otherwise a
 * log-in made by the test lands where its services do not look. Registered for all Spring tests in
 * {@code META-INF/spring.factories}.
 */
public class ContextSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
