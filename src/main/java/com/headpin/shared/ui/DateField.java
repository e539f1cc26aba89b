package com.headpin.shared.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.headpin.shared.Dates;
import com.headpin.shared.HeadpinI18NProvider;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;
import org.jspecify.annotations.Nullable;

/**
 * The app's date field; use it instead of a plain {@link DatePicker}. It reads what users type in either language:
 * ISO (2026-12-22), 2026/12/22 and the form the app shows dates in (2026年12月22日, 22 Dec 2026), which it also shows;
 * its calendar speaks the user's language, weeks starting on Monday. Text it cannot read leaves the value empty, so
 * a form asks {@link #unreadable} before saving: otherwise the service would store "no date" in silence.
 */
public class DateField extends DatePicker {

    /** What the calendar parses besides the shown form (date-fns patterns; the server reads more, see below). */
    private static final String[] ALSO_READ = {"yyyy-M-d", "yyyy/M/d"};
    private static final String CHINESE_TITLE = """
            const title = { formatTitle: (month, year) => year + '年' + month };
            const connector = this.$connector;
            if (connector && !connector.headpinTitle) {
              connector.headpinTitle = true;
              const update = connector.updateI18n;
              connector.updateI18n = (locale, texts) => {
                update(locale, texts);
                this.i18n = { ...this.i18n, ...title };
              };
            }
            this.i18n = { ...this.i18n, ...title };""";

    public DateField() {
        setI18n(texts(HeadpinI18NProvider.supported(getLocale())));
        // The browser reads the patterns above; whatever else it cannot read comes here (full-width digits, spaces,
        // the other language's form), and what nobody can read is an error at the field, never a silent empty date.
        setFallbackParser(text -> Dates.parse(text).map(Result::ok)
                .orElseGet(() -> Result.error(getTranslation("date.unreadable"))));
    }

    public DateField(String label) {
        this();
        setLabel(label);
    }

    /** Whether the field holds text it could not read as a date; its value is then empty. */
    public boolean holdsUnreadableText() {
        return getValue() == null && isInputValuePresent();
    }

    /**
     * Whether any date field among {@code fields} holds text it could not read; each says so. The form then saves
     * nothing.
     */
    public static boolean unreadable(Collection<?> fields) {
        List<DateField> unread = fields.stream().filter(DateField.class::isInstance).map(DateField.class::cast)
                .filter(DateField::holdsUnreadableText).toList();
        unread.forEach(DateField::showUnreadable);
        return !unread.isEmpty();
    }

    @Override
    public void setMin(@Nullable LocalDate min) {
        super.setMin(min);
        // Without a message the field would only turn red.
        setI18n(getI18n().setMinErrorMessage(min == null ? null
                : getTranslation("date.too-early", Dates.format(min, getLocale()))));
    }

    @Override
    public void setMax(@Nullable LocalDate max) {
        super.setMax(max);
        setI18n(getI18n().setMaxErrorMessage(max == null ? null
                : getTranslation("date.too-late", Dates.format(max, getLocale()))));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (chinese(getLocale())) {
            // Month titles as Chinese calendars write them, 2026年12月, not "12月 2026". The connector replaces the
            // texts on every update (the first one queued just before this), so the title is put back after each.
            attachEvent.getUI().beforeClientResponse(this, context -> getElement().executeJs(CHINESE_TITLE));
        }
    }

    private void showUnreadable() {
        // An earlier message of the service must not cover this one: the field's own check says "not a date".
        setErrorMessage(null);
        validate();
    }

    private DatePickerI18n texts(Locale locale) {
        boolean chinese = chinese(locale);
        List<DayOfWeek> sundayFirst = Stream.iterate(DayOfWeek.SUNDAY, day -> day.plus(1)).limit(7).toList();
        return new DatePickerI18n()
                // 1月 … 12月 in Chinese, as the app's dates write months.
                .setMonthNames(Stream.of(Month.values())
                        .map(m -> m.getDisplayName(chinese ? TextStyle.SHORT : TextStyle.FULL, locale)).toList())
                .setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                // A Chinese calendar heads its columns 日 一 二 …, an English one Sun Mon Tue …
                .setWeekdaysShort(sundayFirst.stream()
                        .map(d -> d.getDisplayName(chinese ? TextStyle.NARROW : TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormats(Dates.pattern(locale), ALSO_READ)
                .setToday(getTranslation("date.today"))
                .setCancel(getTranslation("date.cancel"))
                .setBadInputErrorMessage(getTranslation("date.unreadable"));
    }

    private static boolean chinese(Locale locale) {
        return HeadpinI18NProvider.CHINESE.equals(HeadpinI18NProvider.supported(locale));
    }
}
