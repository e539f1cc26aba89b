package com.headpin.shared;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Which cell styles of a workbook show dates ({@code xl/styles.xml}), for {@link Xlsx}: a number in such a cell is a
 * day count, read as an ISO date.
 */
final class XlsxDateStyles {

    private XlsxDateStyles() {
    }

    /** The cell styles (index into cellXfs) whose number format shows a date. */
    static Set<Integer> of(byte[] xml) throws XMLStreamException {
        Set<Integer> customDateFormats = new HashSet<>();
        Set<Integer> styles = new HashSet<>();
        XMLStreamReader in = Xlsx.reader(xml);
        boolean cellXfs = false;
        int index = 0;
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (in.getLocalName()) {
                    case "numFmt" -> {
                        if (isDateFormat(in.getAttributeValue(null, "formatCode"))) {
                            customDateFormats.add(Integer.parseInt(in.getAttributeValue(null, "numFmtId")));
                        }
                    }
                    case "cellXfs" -> cellXfs = true;
                    case "xf" -> {
                        if (cellXfs) {
                            String id = in.getAttributeValue(null, "numFmtId");
                            int format = id == null ? 0 : Integer.parseInt(id);
                            if (isBuiltInDate(format) || customDateFormats.contains(format)) {
                                styles.add(index);
                            }
                            index++;
                        }
                    }
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && in.getLocalName().equals("cellXfs")) {
                cellXfs = false;
            }
        }
        return styles;
    }

    /** Excel's built-in date formats, the Chinese and Japanese ones (27–36, 50–58) included. */
    private static boolean isBuiltInDate(int format) {
        return format >= 14 && format <= 17 || format == 22 || format >= 27 && format <= 36
                || format >= 50 && format <= 58;
    }

    /** A custom format shows a date when it has a day or year part outside quoted text and brackets. */
    private static boolean isDateFormat(@Nullable String code) {
        if (code == null) {
            return false;
        }
        String bare = code.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").toLowerCase(Locale.ROOT);
        return bare.contains("y") || bare.contains("d");
    }
}
