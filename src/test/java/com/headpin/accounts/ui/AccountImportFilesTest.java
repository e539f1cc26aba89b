package com.headpin.accounts.ui;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.headpin.KaribuTest;
import com.headpin.accounts.AccountCsvService;
import com.headpin.accounts.AccountDetails;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.Industry;
import com.headpin.accounts.Nature;
import com.headpin.accounts.SizeBand;
import com.headpin.shared.ImportRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Account files as a Chinese sales team has them: saved by Excel in GBK with Chinese headings and labels, started
 * from the template, or exported in Chinese and imported again; and rows that lost columns are errors, not defaults.
 */
class AccountImportFilesTest extends KaribuTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String CHINESE_HEADER = "\uFEFF名称,另一语言名称,行业,企业性质,规模,负责人,团队,漏斗位置,年度潜力,网站,地址,备注";

    @Autowired
    AccountService accounts;
    @Autowired
    AccountCsvService csv;

    @Test
    void aGbkFileWithChineseHeadingsAndLabelsImportsAsTheRightText() {
        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        ImportDialogUnderTest dialog = openImport();

        dialog.preview("名称,行业,企业性质,规模,负责人,年度潜力\r\n苏州编码测试银行, 银行 ,国有企业,100 人以下,rep,2000000\r\n"
                .getBytes(GBK));

        assertThat(summary()).isEqualTo("1 行可以导入。");
        assertThat(_fetch(dialog.rows(), 0, 10)).extracting(ImportRow::name).containsExactly("苏州编码测试银行");
        _click(_get(Button.class, spec -> spec.withId("import-confirm")));
        AccountDetails imported = accounts.find(accounts.refs("苏州编码测试银行", 0, 10).getFirst().id())
                .orElseThrow();
        assertThat(List.of(imported.industry(), imported.nature(), imported.sizeBand()))
                .containsExactly(Industry.BANKING, Nature.STATE_OWNED, SizeBand.SMALL);
        assertThat(imported.annualPotential()).isEqualByComparingTo("2000000");
    }

    @Test
    void aFileInNeitherUtf8NorGbkIsRefusedWithTheWayOut() {
        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        ImportDialogUnderTest dialog = openImport();

        dialog.preview("name,industry\nCafé Crème,OTHER\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(summary()).isEqualTo("文件既不是 UTF-8 编码，也不是 GBK/GB18030 编码：请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后重新选择。");
        _assertNone(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(_get(Button.class, spec -> spec.withId("import-confirm")).isEnabled()).isFalse();
    }

    @Test
    void rowsThatLostColumnsAreErrorsNotDefaultsAndTheErrorsWrap() {
        openAs("rep3");
        long before = accounts.count(AccountFilter.ALL_ACTIVE);
        ImportDialogUnderTest dialog = openImport();

        dialog.preview("name,industry,owner,annual_potential\n宿迁两列能源,ENERGY\n宿迁一列能源\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(_fetch(dialog.rows(), 0, 10)).extracting(ImportRow::errors).containsExactly(
                Map.of("row", "import.short-row"),
                Map.of("row", "import.short-row", "industry", "validation.required"));
        assertThat(String.join(" ", _getFormattedRow(dialog.rows(), 0))).contains("Row: The row has fewer cells");
        assertThat(dialog.rows().getThemeNames()).contains(GridVariant.LUMO_WRAP_CELL_CONTENT.getVariantName());
        assertThat(_get(Button.class, spec -> spec.withId("import-confirm")).isEnabled()).isFalse();
        assertThat(accounts.count(AccountFilter.ALL_ACTIVE)).isEqualTo(before);
    }

    @Test
    void theTemplateIsHeadedInTheUsersLanguageAndItsExampleRowImports() {
        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        ImportDialogUnderTest dialog = openImport();

        String template = new String(_download(_get(Anchor.class, spec -> spec.withId("import-template"))),
                StandardCharsets.UTF_8);

        assertThat(template).startsWith(CHINESE_HEADER + "\r\n示例银行（请替换此行）,Example Bank,银行,国有企业,");
        assertThat(template.lines()).hasSize(2);
        dialog.preview(template.getBytes(StandardCharsets.UTF_8));
        assertThat(summary()).isEqualTo("1 行可以导入。");
    }

    @Test
    void theExportIsInTheUsersLanguageAndImportsAgain() {
        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        navigate("accounts");

        String export = new String(_download(_get(Anchor.class, spec -> spec.withId("export-accounts"))),
                StandardCharsets.UTF_8);

        assertThat(export).startsWith(CHINESE_HEADER + ",等级,匹配度,已放弃\r\n").contains(",银行,")
                .doesNotContain("BANKING", "STATE_OWNED");
        // Read back, every row is only an account that exists already: headings and labels are understood.
        assertThat(csv.preview(export.getBytes(StandardCharsets.UTF_8)).rows()).isNotEmpty().allSatisfy(row ->
                assertThat(row.errors()).isEqualTo(Map.of("name", "import.duplicate-name")));
        assertThat(csv.export(AccountFilter.ALL_ACTIVE, Locale.ENGLISH))
                .startsWith("\uFEFFName,Other-script name,Industry,Nature,Size,Owner,");
    }

    private ImportDialogUnderTest openImport() {
        navigate("accounts");
        _click(_get(Button.class, spec -> spec.withId("import-accounts")));
        return new ImportDialogUnderTest(_get(AccountImportDialog.class));
    }

    private static String summary() {
        return _get(Paragraph.class, spec -> spec.withId("import-summary")).getText();
    }

    /** The dialog and its rows. */
    private record ImportDialogUnderTest(AccountImportDialog dialog) {

        void preview(byte[] file) {
            dialog.preview(file);
        }

        @SuppressWarnings("unchecked")
        Grid<ImportRow> rows() {
            return _get(Grid.class, spec -> spec.withId("import-rows"));
        }
    }
}
