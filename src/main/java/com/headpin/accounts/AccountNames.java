package com.headpin.accounts;

import java.text.Collator;
import java.util.HexFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An account's name as each language's users read it, and the keys the account list sorts by in SQL. An account has a
 * name and optionally one in the other script (上海浦江银行 / Pujiang Bank): the English UI shows the name without
 * Chinese characters when there is one, the Chinese UI the one with them. The database cannot sort Chinese by pinyin
 * (MariaDB's collations order by code point or stroke), so each shown name keeps a sort key beside it, computed with
 * the JDK's Chinese {@link Collator}: pinyin for Chinese, alphabetical for Latin letters.
 */
public final class AccountNames {

    /** Sort properties of the account list (the entity's key columns), by the language it is shown in. */
    public static final String SORT_CHINESE = "nameSortZh";
    public static final String SORT_ENGLISH = "nameSortEn";
    /**
     * Key length kept (hex digits; four per character at the primary level, which comes first): long names share
     * an order only when their first sixty characters do, and then ties are broken by name.
     */
    public static final int SORT_KEY_LENGTH = 240;

    private AccountNames() {
    }

    /** The name to show first in {@code locale}: the other-script name when it suits the language better. */
    public static String shown(String name, @Nullable String altName, Locale locale) {
        if (altName == null || altName.isBlank()) {
            return name;
        }
        boolean chineseUi = "zh".equals(locale.getLanguage());
        return hasChinese(name) == chineseUi || hasChinese(altName) != chineseUi ? name : altName;
    }

    /** The other of the two names, shown second (smaller), or {@code null} without one. */
    public static @Nullable String second(String name, @Nullable String altName, Locale locale) {
        if (altName == null || altName.isBlank()) {
            return null;
        }
        return shown(name, altName, locale).equals(name) ? altName : name;
    }

    /** The list's sort property for the name column in {@code locale}. */
    public static String sortProperty(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? SORT_CHINESE : SORT_ENGLISH;
    }

    /** The sort key of the name shown in {@code locale}: hex of the Chinese collator's key, order-preserving. */
    public static String sortKey(String name, @Nullable String altName, Locale locale) {
        // A new Collator each time: Collator instances are not thread-safe, and this runs per saved account.
        Collator collator = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
        String hex = HexFormat.of().formatHex(collator.getCollationKey(shown(name, altName, locale)).toByteArray());
        return hex.length() > SORT_KEY_LENGTH ? hex.substring(0, SORT_KEY_LENGTH) : hex;
    }

    static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
