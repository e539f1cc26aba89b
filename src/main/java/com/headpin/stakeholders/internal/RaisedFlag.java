package com.headpin.stakeholders.internal;

import com.headpin.stakeholders.AutoFlagRule;
import org.jspecify.annotations.Nullable;

/** What a rule raises: the rule and, for a rule about one person, that person's contact. */
public record RaisedFlag(AutoFlagRule rule, @Nullable Long contactId) {

    public static RaisedFlag of(AutoFlagRule rule) {
        return new RaisedFlag(rule, null);
    }
}
