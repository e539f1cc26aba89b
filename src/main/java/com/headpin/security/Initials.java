package com.headpin.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Avatar initials that suit both Chinese names (family name first, never split) and Western names. */
final class Initials {

    private Initials() {
    }

    static String of(String fullName) {
        String name = fullName.strip();
        if (name.isEmpty()) {
            return "?";
        }
        if (Character.UnicodeScript.of(name.codePointAt(0)) == Character.UnicodeScript.HAN) {
            // 王伟 -> 王伟; 欧阳娜娜 -> 娜娜: Chinese avatars show the given name, as colleagues address each other.
            int count = name.codePointCount(0, name.length());
            return count <= 2 ? name : name.substring(name.offsetByCodePoints(0, count - 2));
        }
        return Arrays.stream(name.split("\\s+"))
                .filter(part -> !part.isEmpty())
                .limit(2)
                .map(part -> part.substring(0, part.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining());
    }
}
