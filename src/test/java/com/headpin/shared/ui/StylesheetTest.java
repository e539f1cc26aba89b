package com.headpin.shared.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * styles.css keeps every rule closed. A merge once dropped four closing braces: the browser read everything after
 * them as rules nested in {@code .forecast-history}, so the phone layout and the presence avatars' room never applied
 * anywhere else, and nothing failed. Rules sit at the top level or inside an at-rule ({@code @media}), never in
 * another rule.
 */
class StylesheetTest {

    @Test
    void everyRuleIsClosedAndNoneSitsInsideAnother() throws IOException {
        String css = Files.readString(Path.of("src/main/resources/META-INF/resources/styles.css"))
                .replaceAll("(?s)/\\*.*?\\*/", "");
        Deque<String> open = new ArrayDeque<>();
        List<String> nested = new ArrayList<>();
        StringBuilder prelude = new StringBuilder();
        for (char c : css.toCharArray()) {
            if (c == '{') {
                String selector = prelude.toString().strip();
                if (!open.isEmpty() && !open.peek().startsWith("@")) {
                    nested.add(selector + " inside " + open.peek());
                }
                open.push(selector);
                prelude.setLength(0);
            } else if (c == '}') {
                assertThat(open).as("a closing brace without an opening one").isNotEmpty();
                open.pop();
                prelude.setLength(0);
            } else if (c == ';') {
                prelude.setLength(0);
            } else {
                prelude.append(c);
            }
        }
        assertThat(nested).as("rules inside other rules (a closing brace missing before them)").isEmpty();
        assertThat(open).as("rules never closed").isEmpty();
    }
}
