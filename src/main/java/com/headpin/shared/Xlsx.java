package com.headpin.shared;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Reads the first sheet of an Excel workbook (.xlsx, Office Open XML) as rows of text, the way a CSV file reads:
 * shared and inline strings as they are, numbers in plain notation, cells formatted as dates as ISO dates
 * ({@code 2026-03-31}), booleans as TRUE or FALSE. Formulas give their last computed value. Nothing else of the
 * workbook is read. The archive is unpacked up to a limit (a small file must not expand into gigabytes), and the XML
 * is read without DTDs or external entities.
 */
public final class Xlsx {

    /** The file is not a workbook this reader understands. */
    public static final class UnreadableException extends Exception {
        UnreadableException(String message, @Nullable Throwable cause) {
            super(message, cause);
        }
    }

    /** The workbook unpacks to more than the limit. */
    public static final class TooLargeException extends Exception {
        TooLargeException() {
            super("Workbook unpacks beyond the limit");
        }
    }

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** Excel's last column (XFD); a reference beyond it is not from a real workbook. */
    private static final int MAX_COLUMNS = 16_384;
    private static final String NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private Xlsx() {
    }

    /** Whether the bytes are a zip archive, as every .xlsx file is (a CSV text never starts so). */
    public static boolean looksLikeWorkbook(byte[] content) {
        if (content.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (content[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    /** The rows of the first sheet; blank rows are left out, gaps between cells are empty texts. */
    public static List<List<String>> firstSheet(byte[] content, long maxUnpackedBytes)
            throws UnreadableException, TooLargeException {
        Map<String, byte[]> parts = unpack(content, maxUnpackedBytes);
        try {
            String sheet = firstSheetPath(parts);
            byte[] sheetXml = parts.get(sheet);
            if (sheetXml == null) {
                throw new UnreadableException("No sheet " + sheet, null);
            }
            List<String> strings = parts.containsKey("xl/sharedStrings.xml")
                    ? sharedStrings(parts.get("xl/sharedStrings.xml")) : List.of();
            Set<Integer> dateStyles = parts.containsKey("xl/styles.xml")
                    ? XlsxDateStyles.of(parts.get("xl/styles.xml")) : Set.of();
            LocalDate epoch = uses1904(parts.get("xl/workbook.xml")) ? EPOCH_1904 : EPOCH_1900;
            return rows(sheetXml, strings, dateStyles, epoch);
        } catch (XMLStreamException | RuntimeException e) {
            throw new UnreadableException("Not a readable workbook", e);
        }
    }

    private static Map<String, byte[]> unpack(byte[] content, long maxUnpackedBytes)
            throws UnreadableException, TooLargeException {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                boolean wanted = name.equals("xl/workbook.xml") || name.equals("xl/_rels/workbook.xml.rels")
                        || name.equals("xl/sharedStrings.xml") || name.equals("xl/styles.xml")
                        || name.startsWith("xl/worksheets/") && name.endsWith(".xml");
                if (!wanted) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > maxUnpackedBytes) {
                        throw new TooLargeException();
                    }
                    out.write(buffer, 0, n);
                }
                parts.put(name, out.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableException("Not a zip archive", e);
        }
        if (!parts.containsKey("xl/workbook.xml")) {
            throw new UnreadableException("No workbook", null);
        }
        return parts;
    }

    /** The first sheet in the workbook's tab order, through the workbook's relationships. */
    private static String firstSheetPath(Map<String, byte[]> parts) throws XMLStreamException {
        String relationId = null;
        XMLStreamReader workbook = reader(parts.get("xl/workbook.xml"));
        while (workbook.hasNext() && relationId == null) {
            if (workbook.next() == XMLStreamConstants.START_ELEMENT && workbook.getLocalName().equals("sheet")) {
                relationId = workbook.getAttributeValue(NS_R, "id");
            }
        }
        byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
        if (relationId != null && rels != null) {
            XMLStreamReader relations = reader(rels);
            while (relations.hasNext()) {
                if (relations.next() == XMLStreamConstants.START_ELEMENT
                        && relations.getLocalName().equals("Relationship")
                        && relationId.equals(relations.getAttributeValue(null, "Id"))) {
                    String target = relations.getAttributeValue(null, "Target");
                    return target.startsWith("/") ? target.substring(1) : "xl/" + target;
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    private static boolean uses1904(byte[] workbookXml) throws XMLStreamException {
        XMLStreamReader workbook = reader(workbookXml);
        while (workbook.hasNext()) {
            if (workbook.next() == XMLStreamConstants.START_ELEMENT && workbook.getLocalName().equals("workbookPr")) {
                String value = workbook.getAttributeValue(null, "date1904");
                return "1".equals(value) || "true".equals(value);
            }
        }
        return false;
    }

    private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
        List<String> strings = new ArrayList<>();
        XMLStreamReader in = reader(xml);
        StringBuilder text = new StringBuilder();
        boolean phonetic = false;
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (in.getLocalName()) {
                    case "si" -> text.setLength(0);
                    // Reading hints above East Asian text are not part of the value.
                    case "rPh" -> phonetic = true;
                    case "t" -> {
                        String t = in.getElementText();
                        if (!phonetic) {
                            text.append(t);
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (in.getLocalName().equals("rPh")) {
                    phonetic = false;
                } else if (in.getLocalName().equals("si")) {
                    strings.add(text.toString());
                }
            }
        }
        return strings;
    }

    private static List<List<String>> rows(byte[] xml, List<String> strings, Set<Integer> dateStyles,
                                           LocalDate epoch) throws XMLStreamException {
        List<List<String>> rows = new ArrayList<>();
        XMLStreamReader in = reader(xml);
        List<String> row = null;
        int column = 0;
        String type = null;
        int style = 0;
        String value = null;
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (in.getLocalName()) {
                    case "row" -> row = new ArrayList<>();
                    case "c" -> {
                        String ref = in.getAttributeValue(null, "r");
                        column = ref == null ? (row == null ? 0 : row.size()) : columnOf(ref);
                        type = in.getAttributeValue(null, "t");
                        String s = in.getAttributeValue(null, "s");
                        style = s == null ? 0 : Integer.parseInt(s);
                        value = null;
                    }
                    case "v" -> value = in.getElementText();
                    case "t" -> value = (value == null ? "" : value) + in.getElementText();
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (in.getLocalName().equals("c") && row != null) {
                    while (row.size() < column) {
                        row.add("");
                    }
                    row.add(text(value, type, dateStyles.contains(style), strings, epoch));
                } else if (in.getLocalName().equals("row") && row != null) {
                    if (row.stream().anyMatch(cell -> !cell.isBlank())) {
                        rows.add(row);
                    }
                    row = null;
                }
            }
        }
        return rows;
    }

    private static String text(@Nullable String value, @Nullable String type, boolean date, List<String> strings,
                               LocalDate epoch) {
        if (value == null) {
            return "";
        }
        if (type == null || type.equals("n")) {
            BigDecimal number = new BigDecimal(value.strip());
            if (date) {
                return epoch.plusDays(number.longValue()).toString();
            }
            return number.stripTrailingZeros().toPlainString();
        }
        return switch (type) {
            case "s" -> strings.get(Integer.parseInt(value.strip()));
            case "b" -> "1".equals(value.strip()) ? "TRUE" : "FALSE";
            default -> value;
        };
    }

    /** "C12" → 2 (zero-based). */
    private static int columnOf(String ref) {
        int column = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        if (column > MAX_COLUMNS) {
            throw new IllegalArgumentException("Column beyond Excel's last: " + ref);
        }
        return Math.max(0, column - 1);
    }

    /** An XML reader without DTDs or external entities. */
    static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        InputStream in = new ByteArrayInputStream(xml);
        return factory.createXMLStreamReader(in);
    }
}
