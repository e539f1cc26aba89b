package com.headpin.accounts.internal;

import java.sql.Connection;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import com.headpin.HeadpinTest;
import com.headpin.TestLogin;
import com.headpin.accounts.AccountFilter;
import com.headpin.accounts.AccountNames;
import com.headpin.accounts.AccountService;
import com.headpin.accounts.AccountSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account list sorts in SQL by the stored keys: pinyin in Chinese, the alphabet in English (on H2 and on
 * MariaDB, whose collations know no pinyin), and migration V39's fill writes the keys the entity writes.
 */
@HeadpinTest
class AccountNameSortIT {

    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void chineseNamesSortByPinyinAndEnglishNamesByTheAlphabet() {
        TestLogin.as(userDetails, "director");
        List<String> chinese = shownInOrder(Locale.SIMPLIFIED_CHINESE);
        assertThat(chinese).hasSizeGreaterThan(10);
        List<String> pinyin = new ArrayList<>(chinese);
        pinyin.sort(Collator.getInstance(Locale.SIMPLIFIED_CHINESE));
        assertThat(chinese).containsExactlyElementsOf(pinyin);
        // 长三角 (cháng) before 东海 (dōng) before 上海 (shàng): by code point it would be 上 < 东 < 长.
        assertThat(chinese.indexOf("长三角农村商业银行")).isLessThan(chinese.indexOf("东海证券"));
        assertThat(chinese.indexOf("东海证券")).isLessThan(chinese.indexOf("上海浦江银行"));

        List<String> english = shownInOrder(Locale.ENGLISH);
        assertThat(english).contains("Pujiang Bank");
        // English names by the alphabet (accounts other tests add with a Chinese name only are left out here).
        List<String> latin = english.stream().filter(name -> name.chars().allMatch(c -> c < 0x80)).toList();
        List<String> alphabetical = new ArrayList<>(latin);
        alphabetical.sort(String.CASE_INSENSITIVE_ORDER);
        assertThat(latin).hasSizeGreaterThan(10).containsExactlyElementsOf(alphabetical);
    }

    @Test
    void theMigrationFillsTheKeysTheAccountsWrite() throws Exception {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> written = jdbc.queryForList("SELECT CONCAT(name_sort_zh, '|', name_sort_en) FROM accounts "
                + "ORDER BY id", String.class);
        assertThat(written).isNotEmpty().noneMatch(keys -> keys.equals("|"));
        try {
            jdbc.update("UPDATE accounts SET name_sort_zh = '', name_sort_en = ''");
            try (Connection connection = dataSource.getConnection()) {
                AccountNameSortKeysMigration.fill(connection);
            }
            assertThat(jdbc.queryForList("SELECT CONCAT(name_sort_zh, '|', name_sort_en) FROM accounts ORDER BY id",
                    String.class)).containsExactlyElementsOf(written);
        } finally {
            try (Connection connection = dataSource.getConnection()) {
                AccountNameSortKeysMigration.fill(connection);
            }
        }
    }

    private List<String> shownInOrder(Locale locale) {
        return accounts.page(AccountFilter.ALL_ACTIVE, PageRequest.of(0, 200,
                        Sort.by(AccountNames.sortProperty(locale)))).stream()
                .map((AccountSummary a) -> AccountNames.shown(a.name(), a.altName(), locale)).toList();
    }
}
