package com.headpin.collaboration;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The people a comment names with {@code @}: by full name ("@李娜", "@Emma Clarke", as the suggestions insert them)
 * or by username ("@rep2", typed by hand). The text is kept with names: a username is replaced by the full name, so
 * readers see who is meant.
 */
final class Mentions {

    private Mentions() {
    }

    /** {@code text} with names instead of usernames, and whom it names. */
    record Found(String text, Set<Mentionable> people) {
    }

    static Found in(String text, List<Mentionable> people) {
        // Longest first, so that "@李娜娜" is not taken for 李娜 followed by 娜.
        List<Mentionable> byName = people.stream().filter(p -> !p.fullName().isBlank())
                .sorted(Comparator.comparingInt((Mentionable p) -> p.fullName().length()).reversed()).toList();
        List<Mentionable> byUsername = people.stream()
                .sorted(Comparator.comparingInt((Mentionable p) -> p.username().length()).reversed()).toList();
        StringBuilder out = new StringBuilder(text.length());
        Set<Mentionable> found = new LinkedHashSet<>();
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != '@' || (at > 0 && isWordOrAt(text.charAt(at - 1)))) {
                out.append(c);
                at++;
                continue;
            }
            Mentionable named = match(text, at + 1, byName, true);
            Mentionable user = named != null ? null : match(text, at + 1, byUsername, false);
            if (named == null && user == null) {
                out.append(c);
                at++;
                continue;
            }
            Mentionable who = named != null ? named : user;
            found.add(who);
            out.append('@').append(who.fullName().isBlank() ? who.username() : who.fullName());
            at += 1 + (named != null ? who.fullName().length() : who.username().length());
        }
        return new Found(out.toString(), found);
    }

    private static @Nullable Mentionable match(String text, int from, List<Mentionable> people, boolean byName) {
        for (Mentionable p : people) {
            String token = byName ? p.fullName() : p.username();
            if (text.regionMatches(!byName, from, token, 0, token.length())
                    && endsThere(text, from + token.length(), token)) {
                return p;
            }
        }
        return null;
    }

    /**
     * A name or username ends where the next character cannot continue it: after a Latin letter or digit, no other
     * one may follow ("@rep" is not "@rep2"); Chinese text may follow a Chinese name directly ("@李娜请看").
     */
    private static boolean endsThere(String text, int end, String token) {
        if (end >= text.length()) {
            return true;
        }
        char last = token.charAt(token.length() - 1);
        char next = text.charAt(end);
        boolean latin = last < 0x2E80;
        return !latin || !(Character.isLetterOrDigit(next) || next == '_' || next == '.' && end + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(end + 1)) || next == '-');
    }

    private static boolean isWordOrAt(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '@';
    }
}
