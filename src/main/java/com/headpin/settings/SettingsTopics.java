package com.headpin.settings;

import com.headpin.shared.RecordType;
import com.headpin.shared.Topic;

/** The record type and topic of the company settings, for publishers and subscribers alike. */
public final class SettingsTopics {

    public static final RecordType COMPANY_SETTINGS = RecordType.of("company-settings");
    /** The settings are one record: its topic. */
    public static final Topic SETTINGS = COMPANY_SETTINGS.topic(SettingsRow.ID);

    private SettingsTopics() {
    }
}
