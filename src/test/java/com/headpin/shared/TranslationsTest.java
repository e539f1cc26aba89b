package com.headpin.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TranslationsTest {

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Properties english = load("i18n/messages.properties");
        Properties chinese = load("i18n/messages_zh_CN.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void providerPicksChineseForAnyChineseLocaleAndFormatsParameters() {
        HeadpinI18NProvider provider = new HeadpinI18NProvider();
        assertThat(provider.getTranslation("nav.home", Locale.forLanguageTag("zh-TW"))).isEqualTo("首页");
        assertThat(provider.getTranslation("nav.home", Locale.GERMAN)).isEqualTo("Home");
        assertThat(provider.getTranslation("home.greeting", Locale.ENGLISH, "王伟")).isEqualTo("Hello, 王伟");
        assertThat(provider.getTranslation("error.not-found.message", Locale.ENGLISH, "x"))
                .isEqualTo("There is no page at 'x'.");
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
