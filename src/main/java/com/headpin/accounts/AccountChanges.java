package com.headpin.accounts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** Which profile fields differ between two states: what a live update and the conflict dialog talk about. */
final class AccountChanges {

    /** Field name (as forms and events use it) → its value in the details. */
    static final Map<String, Function<AccountDetails, Object>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("name", AccountDetails::name);
        FIELDS.put("altName", a -> nullToEmpty(a.altName()));
        FIELDS.put("industry", AccountDetails::industry);
        FIELDS.put("nature", AccountDetails::nature);
        FIELDS.put("sizeBand", AccountDetails::sizeBand);
        FIELDS.put("region", a -> a.regionId() == null ? "" : a.regionId());
        FIELDS.put("team", a -> a.teamId() == null ? "" : a.teamId());
        FIELDS.put("owner", AccountDetails::ownerId);
        FIELDS.put("funnelPosition", AccountDetails::funnelPosition);
        FIELDS.put("parent", a -> a.parentId() == null ? "" : a.parentId());
        FIELDS.put("address", a -> nullToEmpty(a.address()));
        FIELDS.put("website", a -> nullToEmpty(a.website()));
        FIELDS.put("notes", a -> nullToEmpty(a.notes()));
        FIELDS.put("annualPotential", a -> a.annualPotential().stripTrailingZeros());
        FIELDS.put("tierOverride", a -> a.tierOverride() == null ? "" : a.tierOverride());
        FIELDS.put("accountTeam", AccountDetails::team);
    }

    private AccountChanges() {
    }

    static Set<String> between(AccountDetails before, AccountDetails after) {
        return FIELDS.entrySet().stream()
                .filter(field -> !Objects.equals(field.getValue().apply(before), field.getValue().apply(after)))
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
