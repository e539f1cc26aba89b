package com.headpin.organisation;

import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;

/** The record types and topics of the organisation, for publishers and subscribers alike. */
public final class OrganisationTopics {

    public static final RecordType UNIT = RecordType.of("org-unit");
    /** The organisation tree: any unit created, changed or removed. */
    public static final Topic ORGANISATION = Topic.of("organisation");

    private OrganisationTopics() {
    }
}
