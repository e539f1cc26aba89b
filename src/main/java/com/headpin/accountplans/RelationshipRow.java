package com.headpin.accountplans;

import org.jspecify.annotations.Nullable;

public record RelationshipRow(long id, long version, long contactId, String contactName, long developerId,
                               String developerName, @Nullable String objective) {
}
