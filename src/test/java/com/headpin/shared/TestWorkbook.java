package com.headpin.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small .xlsx workbook as Excel writes one: texts in the shared strings table, numbers as numbers, dates as day
 * numbers in a date-formatted cell, and the data on a second sheet file reached through the workbook's relations.
 */
public final class TestWorkbook {

    private TestWorkbook() {
    }

    /** The rows as the first sheet; cells are String, Number or LocalDate (null leaves the cell out). */
    public static byte[] of(List<List<Object>> rows) {
        List<String> strings = new ArrayList<>();
        StringBuilder sheet = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (int r = 0; r < rows.size(); r++) {
            sheet.append("<row r=\"").append(r + 1).append("\">");
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                String ref = (char) ('A' + c) + String.valueOf(r + 1);
                switch (cell) {
                    case null -> { }
                    case String text -> {
                        sheet.append("<c r=\"").append(ref).append("\" t=\"s\"><v>").append(strings.size())
                                .append("</v></c>");
                        strings.add(text);
                    }
                    case LocalDate date -> sheet.append("<c r=\"").append(ref).append("\" s=\"1\"><v>")
                            .append(ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), date)).append("</v></c>");
                    default -> sheet.append("<c r=\"").append(ref).append("\"><v>").append(cell).append("</v></c>");
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData></worksheet>");
        StringBuilder shared = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""");
        strings.forEach(s -> shared.append("<si><t>").append(s.replace("&", "&amp;").replace("<", "&lt;"))
                .append("</t></si>"));
        shared.append("</sst>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            put(zip, "xl/workbook.xml", """
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                     xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="Pipeline" sheetId="1" r:id="rId7"/></sheets></workbook>""");
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>
                    </Relationships>""");
            put(zip, "xl/styles.xml", """
                    <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                    <numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
                    <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs>
                    </styleSheet>""");
            put(zip, "xl/sharedStrings.xml", shared.toString());
            put(zip, "xl/worksheets/sheet2.xml", sheet.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
