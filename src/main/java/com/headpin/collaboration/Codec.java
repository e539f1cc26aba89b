package com.headpin.collaboration;

import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for envelopes and their bodies: small records with ids, names and timestamps. Fields this node does not know
 * are ignored and missing ones take their defaults, so nodes of two versions keep talking during a rolling upgrade.
 */
@Component
class Codec {

    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    <T> T read(String body, Class<T> type) {
        return json.readValue(body, type);
    }
}
