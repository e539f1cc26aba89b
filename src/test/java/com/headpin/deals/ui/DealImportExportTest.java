package com.headpin.deals.ui;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.headpin.KaribuTest;
import com.headpin.deals.DealChange;
import com.headpin.deals.DealCsvService;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealHistoryEntry;
import com.headpin.deals.DealHistoryService;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealSummary;
import com.headpin.deals.TestDeals;
import com.headpin.shared.ImportRow;
import com.headpin.shared.TestWorkbook;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The deal list exports what it shows, and an existing pipeline is imported only once every row is right. */
class DealImportExportTest extends KaribuTest {

    @Autowired
    DealService deals;
    @Autowired
    DealCsvService csv;
    @Autowired
    DealHistoryService history;
    @Autowired
    ApplicationContext context;

    TestDeals test;

    @BeforeEach
    void fixtures() {
        test = TestDeals.of(context);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theExportHoldsWhatTheListShowsAndNothingTheUserCannotSee() {
        test.create("rep3", "华北电网", "Export: grid study", 700_000);
        test.create("rep", "上海浦江银行", "Export: east core banking", 1_000_000);
        openAs("rep3");
        navigate("deals");
        _assertOne(Anchor.class, spec -> spec.withId("export-deals"));
        DealsView view = _get(DealsView.class);

        String mine = csv.export(view.filter());
        assertThat(mine).startsWith("\uFEFFaccount,name,amount,expected_close,stage,outcome,forecast_category,"
                + "probability,weighted_amount,owner,team,next_step\r\n");
        assertThat(mine).contains("华北电网,Export: grid study,700000.00,").doesNotContain("east core banking");
        assertThat(mine.lines().skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line).contains(",rep3,"));

        _get(ComboBox.class, spec -> spec.withId("deal-filter-owner")).clear();
        String everyone = csv.export(view.filter());
        assertThat(everyone).contains("Export: grid study").doesNotContain("east core banking");
        Grid<DealSummary> grid = _get(Grid.class, spec -> spec.withId("deals-grid"));
        assertThat(everyone.lines().count() - 1).isEqualTo(_size(grid));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPreviewShowsEachRowsProblemsAndImportsNothing() {
        openAs("rep3");
        navigate("deals");
        long before = deals.count(DealFilter.ALL);
        _click(_get(Button.class, spec -> spec.withId("import-deals")));
        _get(DealImportDialog.class).preview(("account,name,amount,stage\n"
                + "无此客户,Import: nowhere,100000,1\n"
                + "华北电网,Import: bad amount,12abc,2\n"
                + "上海浦江银行,Import: not mine,100000,1\n"   // the east region's bank: rep3 cannot see it
                + "华北电网,Import: fine,300000,3\n").getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("3 of 4 rows have problems. Fix the file and choose it again: nothing has been imported.");
        Grid<ImportRow> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(_fetch(rows, 0, 10)).extracting(ImportRow::errors).containsExactly(
                java.util.Map.of("account", "deals.import.unknown-account"),
                java.util.Map.of("amount", "validation.amount"),
                java.util.Map.of("account", "deals.import.unknown-account"),
                java.util.Map.of());
        assertThat(String.join(" ", _getFormattedRow(rows, 0)))
                .contains("Account: No account you can see has this name");
        assertThat(_get(Button.class, spec -> spec.withId("import-confirm")).isEnabled()).isFalse();
        assertThat(deals.count(DealFilter.ALL)).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCleanWorkbookImportsDealsAtTheirStagesWithHistoryAndTheListShowsThem() {
        openAs("rep3");
        navigate("deals");
        _click(_get(Button.class, spec -> spec.withId("import-deals")));
        _get(DealImportDialog.class).preview(TestWorkbook.of(List.of(
                List.of("account", "name", "amount", "expected_close", "stage", "owner", "next_step"),
                List.of("华北电网", "Import: substation upgrade", 1_500_000, LocalDate.of(2027, 3, 31), "见老总",
                        "rep3", "Site visit"),
                Arrays.asList("华北电网", "Import: grid analytics", 400_000, null, 3, null, null))));
        Button confirm = _get(Button.class, spec -> spec.withId("import-confirm"));
        assertThat(confirm.isEnabled()).isTrue();
        _click(confirm);

        _assertNone(DealImportDialog.class);
        Grid<DealSummary> grid = _get(Grid.class, spec -> spec.withId("deals-grid"));
        List<DealSummary> imported = _fetch(grid, 0, _size(grid)).stream()
                .filter(d -> d.name().startsWith("Import: ")).toList();
        assertThat(imported).extracting(DealSummary::name, DealSummary::stage).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("Import: substation upgrade", DealStage.EXECUTIVE_MEETING),
                org.assertj.core.groups.Tuple.tuple("Import: grid analytics", DealStage.CONSULTING));
        DealSummary substation = imported.stream().filter(d -> d.name().contains("substation")).findFirst()
                .orElseThrow();
        assertThat(substation.amount()).isEqualByComparingTo(new BigDecimal("1500000"));
        assertThat(substation.expectedClose()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(deals.find(substation.id()).orElseThrow().nextStep()).isEqualTo("Site visit");
        List<DealHistoryEntry> entries = history.history(substation.id());
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.change()).isEqualTo(DealChange.CREATED);
            assertThat(entry.stage()).isEqualTo(DealStage.EXECUTIVE_MEETING);
            assertThat(entry.amount()).isEqualByComparingTo(new BigDecimal("1500000"));
        });

        // The same file again would double the pipeline.
        _click(_get(Button.class, spec -> spec.withId("import-deals")));
        _get(DealImportDialog.class).preview(("account,name,amount\n华北电网,Import: grid analytics,400000\n")
                .getBytes(StandardCharsets.UTF_8));
        Grid<ImportRow> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(_fetch(rows, 0, 10).getFirst().errors()).containsEntry("name", "deals.import.exists");
    }

    @Test
    void aConsultantExportsButIsOfferedNoImport() {
        openAs("consultant");
        navigate("deals");
        assertThat(_find(Button.class, spec -> spec.withId("import-deals"))).isEmpty();
        _assertOne(Anchor.class, spec -> spec.withId("export-deals"));
    }

    @Test
    void theUploadSpeaksTheUsersLanguage() {
        openAs("rep", java.util.Locale.SIMPLIFIED_CHINESE);
        navigate("deals");
        _click(_get(Button.class, spec -> spec.withId("import-deals")));
        com.vaadin.flow.component.upload.UploadI18N texts =
                _get(com.vaadin.flow.component.upload.Upload.class, spec -> spec.withId("import-upload")).getI18n();
        assertThat(texts.getAddFiles().getOne()).isEqualTo("选择文件…");
        assertThat(texts.getError().getFileIsTooBig()).isEqualTo("文件太大。");
    }
}
