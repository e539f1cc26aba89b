package com.headpin.deals.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Settings lists edited as lines of text (exit criteria, deliverables). Lines are told apart by their text: an
 * unchanged line keeps its id (and the ticks on deals), a new text is a new line, a removed one is retired.
 */
public final class TextLines {

    /** A stored line. */
    public interface Line {
        String text();

        boolean isActive();

        void keep(int sortOrder);

        void retire();
    }

    private TextLines() {
    }

    public static <T extends Line> void sync(List<String> wanted, List<T> stored,
                                             BiFunction<String, Integer, T> create, Consumer<T> save) {
        int order = 0;
        Set<String> texts = new HashSet<>();
        for (String line : wanted) {
            String text = line.strip();
            texts.add(text);
            int sortOrder = ++order;
            stored.stream().filter(s -> s.text().equals(text)).findFirst()
                    .ifPresentOrElse(s -> s.keep(sortOrder), () -> save.accept(create.apply(text, sortOrder)));
        }
        stored.stream().filter(s -> s.isActive() && !texts.contains(s.text())).forEach(Line::retire);
    }
}
