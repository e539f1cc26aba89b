package com.headpin;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The modules' API service methods, which the access matrix must cover: every public method of every public
 * {@code @Service} class in a module's base package ({@code com.headpin.<module>}), keyed
 * {@code "Class.method(ParamSimpleTypes)"}.
 */
final class ApiServiceMethods {

    private ApiServiceMethods() {
    }

    /** By key, with the bean (the security proxy) that answers each. */
    static Map<String, Map.Entry<Object, Method>> all(ApplicationContext context) {
        Map<String, Map.Entry<Object, Method>> methods = new TreeMap<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            String pkg = type.getPackageName();
            if (!Modifier.isPublic(type.getModifiers()) || !pkg.startsWith("com.headpin.")
                    || pkg.substring("com.headpin.".length()).contains(".")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()
                        && !method.isBridge()) {
                    methods.put(type.getSimpleName() + "." + signature(method), Map.entry(bean, method));
                }
            }
        }
        return methods;
    }

    static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    /**
     * The methods (but those {@code skipped}) that do not refuse a caller who is not logged in before they look at
     * their arguments: each is called through its bean with nulls and zeros, in a rolled-back transaction.
     */
    static List<String> callableAnonymously(ApplicationContext context, TransactionTemplate transactions,
                                            Predicate<String> skipped) {
        List<String> callable = new ArrayList<>();
        all(context).forEach((key, target) -> {
            if (skipped.test(key)) {
                return;
            }
            Method method = target.getValue();
            Object[] arguments = Arrays.stream(method.getParameterTypes()).map(ApiServiceMethods::nothing).toArray();
            Throwable refusal = transactions.execute(status -> {
                status.setRollbackOnly();
                SecurityContextHolder.clearContext();
                try {
                    method.invoke(target.getKey(), arguments);
                    return null;
                } catch (InvocationTargetException e) {
                    return e.getCause();
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (!(refusal instanceof AuthenticationCredentialsNotFoundException)
                    && !(refusal instanceof AccessDeniedException)) {
                callable.add(key + (refusal == null ? " returned" : " threw " + refusal));
            }
        });
        return callable;
    }

    /** The emptiest argument of a type. */
    private static @Nullable Object nothing(Class<?> type) {
        Map<Class<?>, Object> zeros = Map.of(boolean.class, false, char.class, '\0', byte.class, (byte) 0,
                short.class, (short) 0, int.class, 0, long.class, 0L, float.class, 0f, double.class, 0d);
        return zeros.get(type);
    }
}
