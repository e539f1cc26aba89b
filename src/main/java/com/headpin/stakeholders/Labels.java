package com.headpin.stakeholders;

import java.util.Locale;

/** Labels kept in both languages: the user's language, else the other one when it is empty. */
final class Labels {

    private Labels() {
    }

    static String pick(String english, String chinese, Locale locale) {
        boolean zh = "zh".equals(locale.getLanguage());
        String first = zh ? chinese : english;
        return first.isBlank() ? (zh ? english : chinese) : first;
    }
}
