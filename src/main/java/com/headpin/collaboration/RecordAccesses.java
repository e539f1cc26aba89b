package com.headpin.collaboration;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.headpin.shared.RecordType;
import org.springframework.stereotype.Component;

/** The {@link RecordAccess} of each record type, as the modules registered them. */
@Component
class RecordAccesses {

    private final Map<String, RecordAccess> byType;

    RecordAccesses(List<RecordAccess> all) {
        this.byType = all.stream().collect(Collectors.toMap(access -> access.recordType().name(), Function.identity()));
    }

    Optional<RecordAccess> of(RecordType recordType) {
        return of(recordType.name());
    }

    /** By the name stored with comments and notifications. */
    Optional<RecordAccess> of(String recordType) {
        return Optional.ofNullable(byType.get(recordType));
    }

    /** Whether the logged-in user may see the record; never for a type no module registered. */
    boolean canSee(String recordType, long recordId) {
        return of(recordType).map(access -> access.canSee(recordId)).orElse(false);
    }
}
