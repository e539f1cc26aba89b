package com.headpin.shared;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The table of an import file, CSV text (UTF-8 or GBK/GB18030, see {@link Csv#decode}) or the first sheet of an
 * Excel workbook: a first line naming the columns (any case, any order; by code or, through {@link #named}, by
 * their labels in either language), then the data rows. Reading it applies the checks every import shares, in this
 * order: the file's size, a readable file, not empty, the number of rows. A refused file has its reason as an i18n
 * key ({@code import.too-large}, ...) and no rows. Which columns a file needs is the importer's to say
 * ({@link #hasColumns}, {@link Line#gaps}).
 */
public final class ImportSheet {

    /**
     * A data row: its line in the file (the header is line 1), its cells by column name and how many cells a CSV
     * row must have (the header's columns; 0 for a workbook, whose rows simply end at their last filled cell).
     */
    public record Line(int number, Map<String, Integer> header, List<String> cells, int width) {

        /** The stripped text in the named column; empty when the file has no such column or the row ends before. */
        public String get(String column) {
            Integer index = header.get(column);
            return index == null || index >= cells.size() ? "" : cells.get(index).strip();
        }

        /**
         * What is missing in this row (field → i18n key): a CSV row with fewer cells than the header has columns
         * lost a column (its values may sit under the wrong headings), and a required column left empty is not
         * filled in with a default.
         */
        public Map<String, String> gaps(Set<String> required) {
            Map<String, String> gaps = new LinkedHashMap<>();
            if (cells.size() < width) {
                gaps.put("row", "import.short-row");
            }
            required.stream().sorted().filter(column -> get(column).isEmpty())
                    .forEach(column -> gaps.put(column, "validation.required"));
            return gaps;
        }
    }

    /** How much larger than the file a workbook may unpack (sheets compress about ten to one). */
    private static final int UNPACK_FACTOR = 20;

    private final Map<String, Integer> header;
    private final List<Line> lines;
    private final @Nullable String error;

    private ImportSheet(Map<String, Integer> header, List<Line> lines, @Nullable String error) {
        this.header = header;
        this.lines = List.copyOf(lines);
        this.error = error;
    }

    /** A file as uploaded: a workbook when it is one, else CSV text. */
    public static ImportSheet read(byte[] content, ImportLimits limits) {
        if (content.length > limits.maxBytes()) {
            return refused("import.too-large");
        }
        if (!Xlsx.looksLikeWorkbook(content)) {
            return Csv.decode(content).map(text -> csv(text, limits)).orElseGet(() -> refused("import.encoding"));
        }
        try {
            return table(Xlsx.firstSheet(content, limits.maxBytes() * UNPACK_FACTOR), limits, false);
        } catch (Xlsx.TooLargeException e) {
            return refused("import.too-large");
        } catch (Xlsx.UnreadableException e) {
            return refused("import.unreadable");
        }
    }

    public static ImportSheet csv(String text, ImportLimits limits) {
        // Every character takes at least one byte: a text longer in characters is too large without encoding it.
        if (text.length() > limits.maxBytes() || text.getBytes(StandardCharsets.UTF_8).length > limits.maxBytes()) {
            return refused("import.too-large");
        }
        return table(Csv.parse(text), limits, true);
    }

    /**
     * The same table with its columns named by code: {@code aliases} maps a heading as written (lower case: a code,
     * or a label in either language) to the column's code. Headings it does not know keep their own name.
     */
    public ImportSheet named(Map<String, String> aliases) {
        if (error != null) {
            return this;
        }
        // Left to right: of two headings of one column ("name", "名称") the first counts.
        Map<String, Integer> renamed = new LinkedHashMap<>();
        header.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(heading ->
                renamed.putIfAbsent(aliases.getOrDefault(heading.getKey(), heading.getKey()), heading.getValue()));
        Map<String, Integer> columns = Map.copyOf(renamed);
        return new ImportSheet(columns, lines.stream()
                .map(line -> new Line(line.number(), columns, line.cells(), line.width())).toList(), null);
    }

    /** The reason the file is refused as a whole, if it is. */
    public Optional<String> error() {
        return Optional.ofNullable(error);
    }

    /** Whether the first line names all these columns (lower case). */
    public boolean hasColumns(Set<String> columns) {
        return header.keySet().containsAll(columns);
    }

    public List<Line> lines() {
        return lines;
    }

    private static ImportSheet table(List<List<String>> records, ImportLimits limits, boolean csv) {
        if (records.isEmpty()) {
            return refused("import.empty");
        }
        Map<String, Integer> header = new LinkedHashMap<>();
        List<String> first = records.getFirst();
        int width = 0;
        for (int i = 0; i < first.size(); i++) {
            String heading = first.get(i).strip().toLowerCase(Locale.ROOT);
            header.put(heading, i);
            if (!heading.isEmpty()) {
                width = i + 1;
            }
        }
        if (records.size() - 1 > limits.maxRows()) {
            return refused("import.too-many-rows");
        }
        Map<String, Integer> columns = Map.copyOf(header);
        List<Line> lines = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            lines.add(new Line(i + 1, columns, records.get(i), csv ? width : 0));
        }
        return new ImportSheet(columns, lines, null);
    }

    private static ImportSheet refused(String error) {
        return new ImportSheet(Map.of(), List.of(), error);
    }
}
