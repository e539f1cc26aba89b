package com.headpin;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;

import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;

/**
 * Types text into a date picker as the browser does: its connector parses the text with the picker's date formats
 * (without any, with the one the browser derives from the locale: 2026/12/22 in Chinese, 12/22/2026 in English) and
 * sends the date; text it cannot parse arrives as an {@code unparsable-change} with the typed text.
 */
public final class TypedDates {

    private TypedDates() {
    }

    public static void type(DatePicker picker, String text) {
        picker.getElement().setProperty("_inputElementValue", text);
        Optional<LocalDate> parsed = clientFormats(picker).stream().map(format -> parse(text, format))
                .flatMap(Optional::stream).findFirst();
        if (parsed.isPresent()) {
            _setValue(picker, parsed.get());
        } else {
            _fireDomEvent(picker.getElement(), new DomEvent(picker.getElement(), "unparsable-change",
                    JacksonUtils.createObjectNode()));
        }
    }

    private static List<String> clientFormats(DatePicker picker) {
        DatePicker.DatePickerI18n i18n = picker.getI18n();
        if (i18n != null && i18n.getDateFormats() != null && !i18n.getDateFormats().isEmpty()) {
            return i18n.getDateFormats();
        }
        return "zh".equals(picker.getLocale().getLanguage()) ? List.of("yyyy/M/d") : List.of("M/d/yyyy");
    }

    /** date-fns reads {@code yyyy} as Java's {@code uuuu}; months by name case-insensitively. */
    private static Optional<LocalDate> parse(String text, String dateFnsFormat) {
        DateTimeFormatter format = new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern(dateFnsFormat.replace("yyyy", "uuuu")).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
        try {
            return Optional.of(LocalDate.parse(text.strip(), format));
        } catch (DateTimeParseException unparsable) {
            return Optional.empty();
        }
    }
}
