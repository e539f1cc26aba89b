package com.headpin.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * A service method (or every method of a service) that creates or changes sales records: for reps, directors and
 * administrators. Resources (consultants, executives, legal and finance) read what they can see and comment only.
 * The record's own row rule is checked in the method as well.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('REP', 'DIRECTOR', 'ADMIN')")
public @interface Editors {
}
