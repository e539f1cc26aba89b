package com.headpin.accounts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code headpin.accounts.*}: the 20/80 split. Accounts that together make up the first {@code tierAShare} of all
 * value are A, up to {@code tierBShare} B, the rest C. Company settings, defaults 80% and 95%.
 */
@ConfigurationProperties("headpin.accounts")
public record AccountsProperties(double tierAShare, double tierBShare) {

    public AccountsProperties {
        if (tierAShare <= 0 || tierAShare >= 1) {
            tierAShare = 0.80;
        }
        if (tierBShare <= tierAShare || tierBShare > 1) {
            tierBShare = Math.max(tierAShare, 0.95);
        }
    }
}
