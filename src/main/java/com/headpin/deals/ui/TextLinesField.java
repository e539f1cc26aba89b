package com.headpin.deals.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.textfield.TextArea;

/** Lists of texts edited one per line (exit criteria, deliverables): blank lines do not count. */
final class TextLinesField {

    private TextLinesField() {
    }

    static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    static List<String> lines(TextArea area) {
        return Arrays.stream(area.getValue().split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
                .toList();
    }
}
