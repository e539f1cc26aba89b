package com.headpin.security;

/** What a user may do in Headpin. A user may hold several roles. */
public enum Role {
    /** Manages users, roles and the organisation tree; sees everything. */
    ADMIN,
    /** Sales director or team manager: sees everything owned inside the part of the organisation they manage. */
    DIRECTOR,
    /** Sales rep: owns accounts and deals; sees their own and their teams' records. */
    REP,
    /** Consultant, executive sponsor, legal, finance or technical support assigned to deals. */
    RESOURCE;

    /** Constants for {@code @RolesAllowed} and {@code @PreAuthorize}, which need compile-time strings. */
    public static final class Names {
        public static final String ADMIN = "ADMIN";
        public static final String DIRECTOR = "DIRECTOR";
        public static final String REP = "REP";
        public static final String RESOURCE = "RESOURCE";

        private Names() {
        }
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** The i18n key of the role's display name. */
    public String labelKey() {
        return "role." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
