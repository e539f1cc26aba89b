package com.headpin.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-visible string comes from {@code i18n/messages*.properties} (UTF-8), English and Simplified Chinese.
 * Keys used as Vaadin menu titles are translated by the shell, so routes carry keys, never text.
 */
@Component
public class HeadpinI18NProvider implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String BUNDLE = "i18n/messages";
    private static final Logger log = LoggerFactory.getLogger(HeadpinI18NProvider.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, CHINESE);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key '{}' ({})", key, locale);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
    }

    /** Chinese for any zh locale, English otherwise. */
    public static Locale supported(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** The stored form of a preferred language ("en" / "zh-CN"). */
    public static Locale fromTag(String tag) {
        return supported(Locale.forLanguageTag(tag));
    }
}
