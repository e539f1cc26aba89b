package com.headpin.organisation.ui;

import java.util.Locale;

import com.headpin.FormFuzzing;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitType;
import com.headpin.settings.CompanySettings;
import com.headpin.settings.CompanySettingsChanges;
import com.headpin.settings.CompanySettingsService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.treegrid.TreeGrid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile input in the administrators' forms: a unit's name (new and edit) and the company settings. */
class AdministrationFormsFuzzingIT extends FormFuzzing {

    @Autowired
    OrganisationService organisation;
    @Autowired
    CompanySettingsService settings;

    @Test
    void unitDialogs() {
        openAs("admin");
        OrgUnitSummary region = organisation.tree().all().stream().filter(u -> u.type() == UnitType.REGION)
                .findFirst().orElseThrow();
        long team = organisation.create(region.id(), UnitType.TEAM, "Fuzz team " + System.nanoTime()).id();
        for (Input<String> input : TEXTS) {
            String what = "unit, name: " + input;
            OrgUnitSummary before = organisation.tree().unit(team).orElseThrow();
            select(before);
            _click(_get(Button.class, spec -> spec.withId("edit-unit")));
            type("unit-name", input.value());
            Outcome outcome = attempt(what, "save-unit");
            assertStored(what, outcome, input.value(), organisation.tree().unit(team).orElseThrow().name(),
                    before.name());

            what = "new team, name: " + input;
            select(organisation.tree().unit(region.id()).orElseThrow());
            _click(_get(Button.class, spec -> spec.withId("add-team")));
            type("unit-name", input.value());
            int count = organisation.tree().all().size();
            outcome = attempt(what, "save-unit");
            assertThat(organisation.tree().all()).as(what).hasSize(outcome == Outcome.SAVED ? count + 1 : count);
            if (outcome == Outcome.SAVED) {
                assertThat(organisation.tree().all()).as(what)
                        .anyMatch(u -> u.type() == UnitType.TEAM && storedAsTyped(input.value(), u.name()));
            }
        }
    }

    @Test
    void companySettings() {
        openAs("admin");
        CompanySettings original = settings.forEditing();
        try {
            for (Input<String> input : TEXTS) {
                String what = "settings, currency: " + input;
                CompanySettings before = settings.forEditing();
                fresh("admin/settings");
                type("settings-currency", input.value());
                Outcome outcome = attempt(what, "save-settings");
                String stored = settings.forEditing().currency().getCurrencyCode();
                assertThat(stored).as(what).isEqualTo(outcome == Outcome.SAVED
                        ? input.value().strip().toUpperCase(Locale.ROOT) : before.currency().getCurrencyCode());
            }
        } finally {
            CompanySettings now = settings.forEditing();
            settings.update(new CompanySettingsChanges(now.version(), original.zone().getId(),
                    original.fiscalYearStart(), original.currency().getCurrencyCode(),
                    original.forecastMeetingDay()));
        }
    }

    @SuppressWarnings("unchecked")
    private static void select(OrgUnitSummary unit) {
        fresh("admin/organisation");
        TreeGrid<OrgUnitSummary> tree = _get(TreeGrid.class, spec -> spec.withId("org-tree"));
        tree.select(unit);
    }
}
