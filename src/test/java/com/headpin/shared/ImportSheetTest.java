package com.headpin.shared;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** An import reads a CSV text and an Excel workbook alike, and refuses what it cannot or should not read. */
class ImportSheetTest {

    private static final ImportLimits LIMITS = new ImportLimits(DataSize.ofKilobytes(64), 3);

    @Test
    void aWorkbookReadsLikeTheSameCsv() {
        byte[] workbook = TestWorkbook.of(List.of(
                List.of("Account", "name", "amount", "expected_close"),
                Arrays.asList("华北电网", "Substation <2>", new BigDecimal("1500000.50"), LocalDate.of(2026, 3, 31)),
                Arrays.asList("唐山新能源", null, 800000, null)));
        ImportSheet sheet = ImportSheet.read(workbook, LIMITS);
        assertThat(sheet.error()).isEmpty();
        assertThat(sheet.hasColumns(Set.of("account", "amount"))).isTrue();
        assertThat(sheet.lines()).extracting(line -> line.get("account") + "|" + line.get("name") + "|"
                + line.get("amount") + "|" + line.get("expected_close")).containsExactly(
                "华北电网|Substation <2>|1500000.5|2026-03-31", "唐山新能源||800000|");

        ImportSheet csv = ImportSheet.read(("\uFEFFaccount,name\r\n华北电网,\"Grid, phase 2\"\r\n")
                .getBytes(StandardCharsets.UTF_8), LIMITS);
        assertThat(csv.lines()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(2);
            assertThat(line.get("name")).isEqualTo("Grid, phase 2");
            assertThat(line.get("next_step")).isEmpty();
        });
    }

    @Test
    void aFileIsRefusedAsAWholeWhenItCannotBeTaken() {
        assertThat(ImportSheet.read(new byte[0], LIMITS).error()).contains("import.empty");
        assertThat(ImportSheet.read("a\n1\n2\n3\n4\n".getBytes(StandardCharsets.UTF_8), LIMITS).error())
                .contains("import.too-many-rows");
        assertThat(ImportSheet.read(new byte[70 * 1024], LIMITS).error()).contains("import.too-large");
        byte[] broken = Arrays.copyOf(TestWorkbook.of(List.of(List.of("a"))), 40);
        assertThat(ImportSheet.read(broken, LIMITS).error()).contains("import.unreadable");
    }

    @Test
    void aWorkbookThatUnpacksFarBeyondItsSizeIsRefused() {
        // A sheet of one long repeated text compresses to almost nothing.
        byte[] bomb = TestWorkbook.of(List.of(List.of("a".repeat(2_000_000))));
        assertThat(bomb.length).isLessThan(64 * 1024);
        assertThat(ImportSheet.read(bomb, LIMITS).error()).contains("import.too-large");
    }

    @Test
    void datesAreReadYearFirstInTheUsualSpellings() {
        assertThat(List.of("2026-03-31", "2026/3/31", "2026.3.31", "2026年3月31日")).allSatisfy(text ->
                assertThat(InputRules.parseDate(text)).contains(LocalDate.of(2026, 3, 31)));
        assertThat(List.of("31/03/2026", "2026-02-30", "soon", "")).allSatisfy(text ->
                assertThat(InputRules.parseDate(text)).isEmpty());
    }
}
