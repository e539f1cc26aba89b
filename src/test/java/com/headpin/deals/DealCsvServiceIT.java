package com.headpin.deals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import com.headpin.HeadpinTest;
import com.headpin.TestLogin;
import com.headpin.shared.ImportPreview;
import com.headpin.shared.ImportRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The deal import beyond the happy path: values as people type them in either language, an owner the importer may
 * not assign, closed deals, all or nothing; and an export order that holds across pages. Tests that store roll back.
 */
@HeadpinTest
class DealCsvServiceIT {

    private static final String HEADER = "account,name,amount,expected_close,stage,forecast_category,owner,outcome\n";

    @Autowired
    DealCsvService csv;
    @Autowired
    DealService deals;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyRowIsCheckedBeforeAnyIsStored() {
        TestLogin.as(userDetails, "rep3");
        long before = deals.count(DealFilter.ALL);
        String file = HEADER
                + "华北电网,Typed: wind farm,\"¥1,250,000.50\",2027年3月31日,提交方案,最佳情况,Emma Clarke,\n"
                + "华北电网,Typed: someone else's,100000,,1,,刘洋,\n"          // rep2: not rep3's to assign
                + "华北电网,Typed: signed,100000,,6,CLOSED,,WON\n"
                + "华北电网,Typed: bad date,100000,31/03/2027,,,,\n";
        ImportPreview preview = csv.preview(file.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.rows()).extracting(ImportRow::errors).containsExactly(
                Map.of(),
                Map.of("owner", "deal.owner.outside"),
                Map.of("stage", "deals.import.open-only", "outcome", "deals.import.open-only",
                        "forecastCategory", "deal.category.closed-is-won"),
                Map.of("expectedClose", "validation.date"));
        assertThatThrownBy(() -> csv.importAll(file.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("import.not-clean");
        assertThat(deals.count(DealFilter.ALL)).isEqualTo(before);
    }

    @Test
    @Transactional
    void valuesAreReadAsPeopleTypeThemInEitherLanguage() {
        TestLogin.as(userDetails, "rep3");
        String clean = HEADER + "华北电网,Typed: wind farm,\"¥1,250,000.50\",2027年3月31日,提交方案,最佳情况,Emma Clarke,\n";
        assertThat(csv.importAll(clean.getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
        DealSummary imported = deals.page(DealFilter.ALL, Pageable.unpaged()).stream()
                .filter(d -> d.name().equals("Typed: wind farm")).findFirst().orElseThrow();
        assertThat(imported.amount()).isEqualByComparingTo(new BigDecimal("1250000.50"));
        assertThat(imported.expectedClose()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(imported.stage()).isEqualTo(DealStage.PROPOSAL);
        assertThat(imported.forecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
    }

    @Test
    void theExportListsEveryDealOnceWhateverThePageSize() {
        TestLogin.as(userDetails, "admin");
        assertThat(csv.export(DealFilter.ALL, 7)).isEqualTo(csv.export(DealFilter.ALL));
        assertThat(csv.export(DealFilter.ALL).lines().count() - 1).isEqualTo(deals.count(DealFilter.ALL));
    }
}
