package com.headpin.accounts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.headpin.shared.ImportPreview;
import com.headpin.shared.ImportRow;
import com.headpin.HeadpinTest;
import com.headpin.SqlStatements;
import com.headpin.TestLogin;
import com.headpin.organisation.OrgUnitSummary;
import com.headpin.organisation.OrganisationService;
import com.headpin.organisation.UnitType;
import com.headpin.security.UserAccountService;
import com.headpin.shared.InvalidInputException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Import and export beyond the happy path: what a duplicate name tells about accounts the importer cannot see,
 * ambiguous team names, the server's limits and a stable export order. Tests that store roll back.
 */
@HeadpinTest
class AccountCsvServiceIT {

    private static final String HEADER = "name,industry,owner,team,notes\n";

    @Autowired
    AccountCsvService csv;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationService organisation;
    @Autowired
    UserAccountService users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    EntityManager entityManager;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNameTakenOutsideTheImportersPartIsOnlyReportedAsExistingElsewhere() {
        TestLogin.as(userDetails, "rep3");
        ImportPreview preview = csv.preview(HEADER
                + "上海浦江银行,BANKING,,,\n"      // the east region's bank: rep3 cannot see it
                + "华北电网,ENERGY,,,\n"           // rep3's own account
                + "唐山新能源,ENERGY,,,\n"
                + "唐山新能源,ENERGY,,,\n");

        assertThat(preview.rows()).extracting(ImportRow::errors).containsExactly(
                java.util.Map.of("name", "import.duplicate-name-elsewhere"),
                java.util.Map.of("name", "import.duplicate-name"),
                java.util.Map.of(),
                java.util.Map.of("name", "import.duplicate-in-file"));
        // Nothing but the importer's own text comes back: no owner, team or id of the hidden account.
        assertThat(preview.rows().getFirst()).isEqualTo(new ImportRow(2, "上海浦江银行",
                java.util.Map.of("name", "import.duplicate-name-elsewhere")));
    }

    @Test
    @Transactional
    void aTeamNameTwoUnitsShareIsRefusedRatherThanGuessed() {
        TestLogin.as(userDetails, "admin");
        OrgUnitSummary east = unit("华东大区");
        organisation.create(east.id(), UnitType.TEAM, "Energy Team");

        TestLogin.as(userDetails, "rep3");
        ImportPreview preview = csv.preview(HEADER + "唐山新能源,ENERGY,rep3,Energy Team,\n");

        assertThat(preview.clean()).isFalse();
        assertThat(preview.rows().getFirst().errors()).containsEntry("team", "import.ambiguous-team");
        assertThatThrownBy(() -> csv.importAll(HEADER + "唐山新能源,ENERGY,rep3,Energy Team,\n"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItsRowsAreRead() {
        TestLogin.as(userDetails, "rep3");
        assertThat(csv.limits().maxBytes()).isEqualTo(2L * 1024 * 1024);
        // 800,000 Chinese characters: fewer characters than the limit in bytes, but 2.4 MB in UTF-8.
        String chinese = HEADER + "唐山新能源,ENERGY,,," + "能".repeat(800_000) + "\n";
        String plain = HEADER + "Tangshan Energy,ENERGY,,," + "x".repeat(2 * 1024 * 1024) + "\n";

        for (String file : List.of(chinese, plain)) {
            ImportPreview preview = csv.preview(file);
            assertThat(preview.fileErrors()).containsExactly("import.too-large");
            assertThat(preview.rows()).isEmpty();
            assertThatThrownBy(() -> csv.importAll(file)).isInstanceOf(InvalidInputException.class);
        }
    }

    @Test
    void aFileWithMoreRowsThanTheLimitIsRefused() {
        TestLogin.as(userDetails, "rep3");
        String rows = IntStream.rangeClosed(1, csv.limits().maxRows() + 1)
                .mapToObj(i -> "Account " + i + ",ENERGY,,,\n").collect(Collectors.joining());

        assertThat(csv.preview(HEADER + rows).fileErrors()).containsExactly("import.too-many-rows");
    }

    @Test
    void checkingAFileLoadsTheOrganisationOncePerFileNotPerRow() {
        TestLogin.as(userDetails, "rep3");
        long twoRows = SqlStatements.of(entityManager, () -> csv.preview(HEADER + rows(2)));
        long fortyRows = SqlStatements.of(entityManager, () -> csv.preview(HEADER + rows(40)));

        assertThat(fortyRows).isEqualTo(twoRows);
    }

    @Test
    @Transactional
    void exportPagesInNameThenIdOrderSoAccountsOfOneNameAreNeitherRepeatedNorSkipped() {
        TestLogin.as(userDetails, "rep3");
        IntStream.rangeClosed(1, 7).forEach(i -> accounts.create(sameName("note " + i)));

        String export = csv.export(AccountFilter.ALL_ACTIVE, 3);

        List<String> notes = export.lines().filter(line -> line.startsWith("同名能源,"))
                .map(line -> line.substring(line.lastIndexOf("note "), line.lastIndexOf("note ") + 6)).toList();
        assertThat(notes).containsExactly("note 1", "note 2", "note 3", "note 4", "note 5", "note 6", "note 7");
    }

    private AccountInput sameName(String notes) {
        return new AccountInput(0, "同名能源", null, Industry.ENERGY, Nature.STATE_OWNED, SizeBand.LARGE, null,
                unit("Energy Team").id(), users.me().id(), FunnelPosition.ABOVE, null, null, null, notes,
                new BigDecimal("100000"), null, Set.of());
    }

    private OrgUnitSummary unit(String name) {
        return organisation.tree().all().stream().filter(u -> u.name().equals(name)).findFirst().orElseThrow();
    }

    private static String rows(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "唐山新能源" + i + ",ENERGY,,,\n")
                .collect(Collectors.joining());
    }
}
