package com.headpin.stakeholders.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** Stores a list of ids in its order, comma-separated ("12,5,7"). */
@Converter
class IdListConverter implements AttributeConverter<List<Long>, String> {

    @Override
    public String convertToDatabaseColumn(@Nullable List<Long> ids) {
        return ids == null ? "" : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public List<Long> convertToEntityAttribute(@Nullable String column) {
        List<Long> ids = new ArrayList<>();
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(Long::valueOf).forEach(ids::add);
        }
        return ids;
    }
}
