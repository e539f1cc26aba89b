package com.headpin.accounts;

import org.jspecify.annotations.Nullable;

public record RelationshipView(long id, long version, long contactId, String contactName, long developerId,
                               String developerName, @Nullable String objective) {
}
