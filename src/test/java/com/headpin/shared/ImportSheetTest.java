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
    void aCsvFileIsReadInTheEncodingExcelWroteIt() {
        String text = "名称,行业\r\n上海浦江银行,银行\r\n";
        for (byte[] file : List.of(text.getBytes(StandardCharsets.UTF_8),
                ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8),
                text.getBytes(java.nio.charset.Charset.forName("GBK")),
                text.getBytes(java.nio.charset.Charset.forName("GB18030")))) {
            ImportSheet sheet = ImportSheet.read(file, LIMITS);
            assertThat(sheet.error()).isEmpty();
            assertThat(sheet.hasColumns(Set.of("名称", "行业"))).isTrue();
            assertThat(sheet.lines()).singleElement().satisfies(line ->
                    assertThat(line.get("名称") + "|" + line.get("行业")).isEqualTo("上海浦江银行|银行"));
        }
    }

    @Test
    void aFileInNeitherEncodingIsRefusedRatherThanReadAsReplacementCharacters() {
        byte[] latin1 = "name,industry\nCafé Crème,OTHER\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] binary = {'n', 'a', 'm', 'e', '\n', (byte) 0xFF, (byte) 0xFE, (byte) 0x80, (byte) 0x81, 0x2C};
        byte[] utf16 = "name,industry\n上海,银行\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] garbled = "name\n\uFFFD\uFFFD\uFFFD\n".getBytes(StandardCharsets.UTF_8);
        assertThat(List.of(latin1, binary, utf16, garbled)).allSatisfy(file ->
                assertThat(ImportSheet.read(file, LIMITS).error()).contains("import.encoding"));
    }

    @Test
    void aRowThatLostAColumnOrLeftARequiredOneEmptyHasGaps() {
        ImportSheet sheet = ImportSheet.read(("name,industry,owner\n"
                + "Full,ENERGY,rep\n"
                + "Two columns,ENERGY\n"
                + "One column\n"
                + "Empty industry,,rep\n").getBytes(StandardCharsets.UTF_8), new ImportLimits(null, 10));
        assertThat(sheet.lines()).extracting(line -> line.gaps(Set.of("name", "industry"))).containsExactly(
                java.util.Map.of(),
                java.util.Map.of("row", "import.short-row"),
                java.util.Map.of("row", "import.short-row", "industry", "validation.required"),
                java.util.Map.of("industry", "validation.required"));
        // A workbook's row ends at its last filled cell: only what is empty counts.
        ImportSheet workbook = ImportSheet.read(TestWorkbook.of(List.of(List.of("name", "industry", "owner"),
                List.of("Two columns", "ENERGY"))), LIMITS);
        assertThat(workbook.lines().getFirst().gaps(Set.of("name", "industry"))).isEmpty();
    }

    @Test
    void columnsAreNamedByCodeOrByTheirHeadingInEitherLanguage() {
        ImportSheet sheet = ImportSheet.read("名称,Industry,notes\n浦江,银行,x\n".getBytes(StandardCharsets.UTF_8),
                LIMITS).named(java.util.Map.of("名称", "name", "name", "name", "industry", "industry"));
        assertThat(sheet.hasColumns(Set.of("name", "industry", "notes"))).isTrue();
        assertThat(sheet.lines().getFirst().get("name") + "|" + sheet.lines().getFirst().get("industry"))
                .isEqualTo("浦江|银行");
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
