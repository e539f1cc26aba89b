package com.headpin.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV: comma separated, fields with commas, quotes or line breaks quoted, quotes doubled. Written with a
 * UTF-8 byte-order mark so that spreadsheet programs open Chinese text correctly.
 */
public final class Csv {

    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static String line(List<String> fields) {
        List<String> quoted = new ArrayList<>(fields.size());
        for (String field : fields) {
            String value = field == null ? "" : field;
            // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
            if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")) {
                value = "'" + value;
            }
            boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
            quoted.add(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
        }
        return String.join(",", quoted) + "\r\n";
    }

    /** All records of a CSV text; a leading byte-order mark is ignored. */
    public static List<List<String>> parse(String text) {
        String input = text.startsWith(BOM) ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < input.length() && input.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                if (!(record.size() == 1 && record.getFirst().isEmpty())) {
                    records.add(record);
                }
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
            }
        }
        if (any) {
            record.add(field.toString());
            if (!(record.size() == 1 && record.getFirst().isEmpty())) {
                records.add(record);
            }
        }
        return records;
    }
}
