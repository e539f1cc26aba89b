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
 * The table of an import file, CSV text (UTF-8) or the first sheet of an Excel workbook: a first line naming the
 * columns (any case, any order), then the data rows. Reading it applies the checks every import shares, in this
 * order: the file's size, a readable file, not empty, the number of rows. A refused file has its reason as an i18n
 * key ({@code import.too-large}, ...) and no rows. Which columns a file needs is the importer's to say
 * ({@link #hasColumns}).
 */
public final class ImportSheet {

    /** A data row: its line in the file (the header is line 1) and its cells by column name. */
    public record Line(int number, Map<String, Integer> header, List<String> cells) {

        /** The stripped text in the named column; empty when the file has no such column or the row ends before. */
        public String get(String column) {
            Integer index = header.get(column);
            return index == null || index >= cells.size() ? "" : cells.get(index).strip();
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
            return csv(new String(content, StandardCharsets.UTF_8), limits);
        }
        try {
            return table(Xlsx.firstSheet(content, limits.maxBytes() * UNPACK_FACTOR), limits);
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
        return table(Csv.parse(text), limits);
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

    private static ImportSheet table(List<List<String>> records, ImportLimits limits) {
        if (records.isEmpty()) {
            return refused("import.empty");
        }
        Map<String, Integer> header = new LinkedHashMap<>();
        List<String> first = records.getFirst();
        for (int i = 0; i < first.size(); i++) {
            header.put(first.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        if (records.size() - 1 > limits.maxRows()) {
            return refused("import.too-many-rows");
        }
        Map<String, Integer> columns = Map.copyOf(header);
        List<Line> lines = new ArrayList<>(records.size() - 1);
        for (int i = 1; i < records.size(); i++) {
            lines.add(new Line(i + 1, columns, records.get(i)));
        }
        return new ImportSheet(columns, lines, null);
    }

    private static ImportSheet refused(String error) {
        return new ImportSheet(Map.of(), List.of(), error);
    }
}
