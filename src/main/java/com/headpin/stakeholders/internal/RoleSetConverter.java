package com.headpin.stakeholders.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.headpin.stakeholders.InfluenceRole;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a set of roles as their names in role order, comma-separated ("DECISION_MAKER,COACH"). */
@Converter
class RoleSetConverter implements AttributeConverter<Set<InfluenceRole>, String> {

    @Override
    public String convertToDatabaseColumn(@Nullable Set<InfluenceRole> roles) {
        return roles == null ? "" : EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(InfluenceRole.class) : roles)
                .stream().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<InfluenceRole> convertToEntityAttribute(@Nullable String column) {
        Set<InfluenceRole> roles = EnumSet.noneOf(InfluenceRole.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(InfluenceRole::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
