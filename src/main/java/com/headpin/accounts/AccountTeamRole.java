package com.headpin.accounts;

import java.util.Locale;

/** Our people's roles on an account. */
public enum AccountTeamRole {
    ACCOUNT_MANAGER, CONSULTANT, EXECUTIVE_SPONSOR, TECHNICAL_SUPPORT, LEGAL_FINANCE, SERVICE;

    public String labelKey() {
        return "account-team-role." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
