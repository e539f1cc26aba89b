package com.headpin.settings;

import java.util.Set;

/**
 * Published inside the transaction that saved the settings: listeners that must change with them (the scheduler's
 * triggers follow the time zone) do so in the same transaction; the settings cache takes them after the commit.
 *
 * @param fields the changed fields ({@link CompanySettings#ZONE} and the other constants)
 */
public record CompanySettingsChanged(CompanySettings settings, Set<String> fields) {

    public CompanySettingsChanged {
        fields = Set.copyOf(fields);
    }

    public boolean zoneChanged() {
        return fields.contains(CompanySettings.ZONE);
    }
}
