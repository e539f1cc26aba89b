package com.headpin.deals.ui;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import com.headpin.KaribuTest;
import com.headpin.deals.DealCsvService;
import com.headpin.deals.DealFilter;
import com.headpin.deals.DealService;
import com.headpin.deals.DealStage;
import com.headpin.deals.DealSummary;
import com.headpin.deals.ForecastCategory;
import com.headpin.shared.ImportPreview;
import com.headpin.shared.ImportRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.DownloadKt._download;
import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deal files as a Chinese sales team has them: GBK from Excel with Chinese headings and labels, the template, and an
 * export in Chinese that imports again.
 */
class DealImportFilesTest extends KaribuTest {

    private static final String CHINESE_HEADER = "\uFEFF客户,项目名称,金额（元）,预计签约日期,阶段";

    @Autowired
    DealService deals;
    @Autowired
    DealCsvService csv;

    @Test
    @SuppressWarnings("unchecked")
    void aGbkFileWithChineseHeadingsAndLabelsImportsAsTheRightText() {
        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        openImport();

        _get(DealImportDialog.class).preview(("客户,项目名称,金额（元）,阶段,预测类别,负责人\r\n"
                + "上海浦江银行,GBK：核心系统二期,\"800,000\",提交方案,最佳情况,rep\r\n"
                + "上海浦江银行,GBK：少一列,100000\r\n").getBytes(Charset.forName("GBK")));

        Grid<ImportRow> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(_fetch(rows, 0, 10)).extracting(ImportRow::name, ImportRow::errors).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GBK：核心系统二期", Map.of()),
                org.assertj.core.groups.Tuple.tuple("GBK：少一列", Map.of("row", "import.short-row")));
        assertThat(_get(Button.class, spec -> spec.withId("import-confirm")).isEnabled()).isFalse();

        _get(DealImportDialog.class).preview(("客户,项目名称,金额（元）,阶段,预测类别,负责人\r\n"
                + "上海浦江银行,GBK：核心系统二期,\"800,000\",提交方案,最佳情况,rep\r\n").getBytes(Charset.forName("GBK")));
        _click(_get(Button.class, spec -> spec.withId("import-confirm")));
        DealSummary imported = deals.page(DealFilter.ALL, Pageable.unpaged()).stream()
                .filter(d -> d.name().equals("GBK：核心系统二期")).findFirst().orElseThrow();
        assertThat(imported.stage()).isEqualTo(DealStage.PROPOSAL);
        assertThat(imported.forecastCategory()).isEqualTo(ForecastCategory.BEST_CASE);
        assertThat(imported.amount()).isEqualByComparingTo("800000");
    }

    @Test
    void theTemplateIsHeadedInTheUsersLanguageWithAnExampleRow() {
        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        openImport();

        String template = new String(_download(_get(Anchor.class, spec -> spec.withId("import-template"))),
                StandardCharsets.UTF_8);

        assertThat(template).startsWith(CHINESE_HEADER + ",预测类别,负责人,团队,下一步\r\n"
                + "您可见的客户名称,示例：核心系统升级（请替换此行）,1000000,");
        assertThat(template.lines()).hasSize(2);
        assertThat(template.lines().skip(1).findFirst().orElseThrow()).contains(",管道,rep,,拜访信息中心主任");
    }

    @Test
    void theExportIsInTheUsersLanguageAndImportsAgain() {
        openAs("rep", Locale.SIMPLIFIED_CHINESE);
        navigate("deals");

        String export = new String(_download(_get(Anchor.class, spec -> spec.withId("export-deals"))),
                StandardCharsets.UTF_8);

        assertThat(export).startsWith(CHINESE_HEADER + ",结果,预测类别,赢单概率,加权金额,负责人,团队,下一步\r\n")
                .contains(",进行中,");
        ImportPreview again = csv.preview(export.getBytes(StandardCharsets.UTF_8));
        assertThat(again.fileErrors()).isEmpty();
        assertThat(again.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.errors().values())
                .doesNotContain("validation.invalid-choice", "import.short-row", "validation.required"));
    }

    private void openImport() {
        navigate("deals");
        _click(_get(Button.class, spec -> spec.withId("import-deals")));
    }
}
