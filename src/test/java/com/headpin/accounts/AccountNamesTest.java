package com.headpin.accounts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccountNamesTest {

    @Test
    void eachLanguageShowsItsOwnNameFirst() {
        assertThat(AccountNames.shown("上海浦江银行", "Pujiang Bank", Locale.ENGLISH)).isEqualTo("Pujiang Bank");
        assertThat(AccountNames.second("上海浦江银行", "Pujiang Bank", Locale.ENGLISH)).isEqualTo("上海浦江银行");
        assertThat(AccountNames.shown("上海浦江银行", "Pujiang Bank", Locale.SIMPLIFIED_CHINESE)).isEqualTo("上海浦江银行");
        assertThat(AccountNames.shown("ICBC", "中国工商银行", Locale.SIMPLIFIED_CHINESE)).isEqualTo("中国工商银行");
        assertThat(AccountNames.shown("ICBC", "中国工商银行", Locale.ENGLISH)).isEqualTo("ICBC");
        // Without an English name the Chinese one shows in English too.
        assertThat(AccountNames.shown("江南信托", null, Locale.ENGLISH)).isEqualTo("江南信托");
        assertThat(AccountNames.second("江南信托", null, Locale.ENGLISH)).isNull();
    }

    @Test
    void sortKeysOrderChineseByPinyinAndLatinByTheAlphabetAsPlainText() {
        List<String> names = List.of("上海浦江银行", "长三角农村商业银行", "东海证券", "阿里巴巴", "杭州联合银行");
        List<String> byKey = names.stream().sorted(Comparator.comparing(
                (String n) -> AccountNames.sortKey(n, null, Locale.SIMPLIFIED_CHINESE))).toList();
        assertThat(byKey).containsExactly("阿里巴巴", "长三角农村商业银行", "东海证券", "杭州联合银行", "上海浦江银行");

        List<String> latin = List.of("cherry", "Banana", "apple");
        assertThat(latin.stream().sorted(Comparator.comparing(
                (String n) -> AccountNames.sortKey(n, null, Locale.ENGLISH))).toList())
                .containsExactly("apple", "Banana", "cherry");
    }

    @Test
    void keysOfLongNamesFitTheirColumn() {
        String key = AccountNames.sortKey("银".repeat(200), null, Locale.SIMPLIFIED_CHINESE);
        assertThat(key).hasSize(AccountNames.SORT_KEY_LENGTH).matches("[0-9a-f]+");
    }
}
