package com.headpin.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * RFC 4180 CSV: comma separated, fields with commas, quotes or line breaks quoted, quotes doubled. Written with a
 * UTF-8 byte-order mark so that spreadsheet programs open Chinese text correctly.
 */
public final class Csv {

    public static final String BOM = "\uFEFF";
    /** What Excel in China writes for "CSV (comma delimited)"; a superset of GBK. */
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

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

    /**
     * The text of a CSV file as uploaded: UTF-8 with or without byte-order mark, else GBK/GB18030 (what Excel writes
     * in a Chinese Windows). Bytes that are neither are refused rather than read into replacement characters, and
     * so is text with NUL characters (a UTF-16 or binary file) or replacement characters (text garbled before).
     */
    public static Optional<String> decode(byte[] content) {
        boolean bom = content.length >= 3 && Arrays.equals(content, 0, 3, UTF8_BOM, 0, 3);
        byte[] body = bom ? Arrays.copyOfRange(content, 3, content.length) : content;
        Optional<String> text = strict(body, StandardCharsets.UTF_8);
        if (text.isEmpty() && !bom) {
            text = strict(body, GB18030);
        }
        return text.filter(t -> t.indexOf('\u0000') < 0 && t.indexOf('\uFFFD') < 0);
    }

    private static Optional<String> strict(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
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
