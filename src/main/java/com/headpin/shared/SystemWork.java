package com.headpin.shared;

/**
 * Runs work as the system administrator, so that it goes through the same secured services as users do. The
 * security module provides it (its {@code SystemAuthentication}); a module that security itself uses, such as
 * scheduling, runs its work through this bean instead of depending on security, so security may use it in turn.
 */
public interface SystemWork {

    void runAsSystem(Runnable work);
}
