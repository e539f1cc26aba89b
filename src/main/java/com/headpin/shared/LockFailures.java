package com.headpin.shared;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import jakarta.persistence.OptimisticLockException;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.hibernate.StaleStateException;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * A save that passed the version check but lost the race to another transaction fails at flush or at commit with an
 * optimistic-lock exception; every public method of a transactional Headpin service turns that into
 * {@link StaleDataException}, so views handle both kinds of stale save the same way. The advice sits outside the
 * transaction interceptor, so a failure at commit, after the method body returned, is translated too.
 */
@Configuration(proxyBeanMethods = false)
class LockFailures {

    /** Any order before the transaction interceptor's ({@link Ordered#LOWEST_PRECEDENCE}) puts this outside it. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 1000;

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor lockFailureTranslation() {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new ServiceMethods(),
                (MethodInterceptor) LockFailures::translate);
        advisor.setOrder(ORDER);
        return advisor;
    }

    static @Nullable Object translate(MethodInvocation invocation) throws Throwable {
        try {
            return invocation.proceed();
        } catch (RuntimeException failure) {
            if (failure instanceof StaleDataException || !isLockFailure(failure)) {
                throw failure;
            }
            throw new StaleDataException("Saved concurrently during "
                    + invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                    + invocation.getMethod().getName(), failure);
        }
    }

    static boolean isLockFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockingFailureException || t instanceof OptimisticLockException
                    || t instanceof StaleStateException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Public methods of Headpin's transactional beans ({@code @Transactional} on the class or on a method): the
     * services, which are the transaction boundary. Beans without transactions (live updates, presence) stay
     * unproxied.
     */
    static final class ServiceMethods extends StaticMethodMatcherPointcut {

        ServiceMethods() {
            setClassFilter(ServiceMethods::isTransactional);
        }

        static boolean isTransactional(Class<?> type) {
            if (!type.getName().startsWith("com.headpin.")) {
                return false;
            }
            if (AnnotatedElementUtils.hasAnnotation(type, Transactional.class)) {
                return true;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, Transactional.class)) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public boolean matches(Method method, Class<?> targetClass) {
            return Modifier.isPublic(method.getModifiers()) && method.getDeclaringClass() != Object.class;
        }
    }
}
