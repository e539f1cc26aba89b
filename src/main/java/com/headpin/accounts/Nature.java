package com.headpin.accounts;

import java.util.Locale;

/** Ownership of the customer (企业性质): it shapes decision cycles and tender rules. */
public enum Nature {
    STATE_OWNED, PRIVATE, FOREIGN_INVESTED, PUBLIC_INSTITUTION, GOVERNMENT, OTHER;

    public String labelKey() {
        return "nature." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
