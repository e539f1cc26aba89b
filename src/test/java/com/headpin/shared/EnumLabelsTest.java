package com.headpin.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every enum that names its label ({@code labelKey()}) names a key both languages have: a wrong key shows on screen
 * as "!key" (once the whitespace matrix showed a sentence glued to its key in every cell).
 */
class EnumLabelsTest {

    @Test
    void everyEnumLabelKeyIsTranslatedInEnglishAndChinese() throws Exception {
        Properties english = load("i18n/messages.properties");
        Properties chinese = load("i18n/messages_zh_CN.properties");
        List<String> keys = new ArrayList<>();
        var resolver = new PathMatchingResourcePatternResolver();
        var readers = new CachingMetadataReaderFactory(resolver);
        for (Resource resource : resolver.getResources("classpath*:com/headpin/**/*.class")) {
            String name = readers.getMetadataReader(resource).getClassMetadata().getClassName();
            Class<?> type = Class.forName(name, false, getClass().getClassLoader());
            if (!type.isEnum() || name.contains("Test")) {
                continue;
            }
            Method labelKey;
            try {
                labelKey = type.getMethod("labelKey");
            } catch (NoSuchMethodException none) {
                continue;
            }
            for (Object constant : type.getEnumConstants()) {
                keys.add(type.getSimpleName() + "." + constant + " -> " + labelKey.invoke(constant));
            }
        }
        assertThat(keys).as("enums with labelKey()").hasSizeGreaterThan(20);
        assertThat(keys).allSatisfy(entry -> {
            String key = entry.substring(entry.indexOf(" -> ") + 4);
            assertThat(english.getProperty(key)).as(entry + " in English").isNotBlank();
            assertThat(chinese.getProperty(key)).as(entry + " in Chinese").isNotBlank();
        });
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = EnumLabelsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
