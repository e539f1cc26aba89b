package com.headpin.collaboration;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** JSON for envelope bodies: small records with ids, names and timestamps. */
@Component
class Codec {

    private final JsonMapper json = JsonMapper.builder().build();

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    <T> T read(String body, Class<T> type) {
        return json.readValue(body, type);
    }
}
