package com.headpin.shared.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.headpin.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import org.junit.jupiter.api.Test;

import static com.headpin.TypedDates.type;
import static org.assertj.core.api.Assertions.assertThat;

class DateFieldTest extends KaribuTest {

    @Test
    void inChineseTheCalendarIsChineseFromMondayAndShowsDatesAsTheAppDoes() {
        openAs("rep3");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        DatePickerI18n i18n = new DateField().getI18n();
        assertThat(i18n.getMonthNames()).startsWith("1月", "2月").endsWith("12月");
        assertThat(i18n.getWeekdaysShort()).containsExactly("日", "一", "二", "三", "四", "五", "六");
        assertThat(i18n.getFirstDayOfWeek()).as("Monday").isEqualTo(1);
        assertThat(i18n.getDateFormats()).containsExactly("yyyy年M月d日", "yyyy-M-d", "yyyy/M/d");
        assertThat(i18n.getToday()).isEqualTo("今天");
        assertThat(i18n.getCancel()).isEqualTo("取消");
    }

    @Test
    void inEnglishTheCalendarStartsOnMondayAndShowsDatesAsTheAppDoes() {
        openAs("rep3");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        DatePickerI18n i18n = new DateField().getI18n();
        assertThat(i18n.getMonthNames()).startsWith("January").endsWith("December");
        assertThat(i18n.getWeekdaysShort()).startsWith("Sun", "Mon");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getDateFormats()).first().isEqualTo("d MMM yyyy");
    }

    @Test
    void typedDatesAreReadInEitherFormAndUnreadableTextIsAnErrorAtTheField() {
        openAs("rep3");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        DateField field = new DateField();
        UI.getCurrent().add(field);
        for (String typed : List.of("2026-12-22", "2026年12月22日", "2026/12/22", "22 Dec 2026", "２０２６－１２－２２",
                "2026 年 12 月 22 日")) {
            field.clear();
            type(field, typed);
            assertThat(field.getValue()).as(typed).isEqualTo(LocalDate.of(2026, 12, 22));
            assertThat(field.isInvalid()).as(typed).isFalse();
        }

        type(field, "下周二");
        assertThat(field.getValue()).isNull();
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("无法识别的日期：请输入 2026-12-22 或 2026年12月22日");
        // An earlier message of the service does not cover it when the form asks before saving.
        field.setErrorMessage("whatever the service said");
        assertThat(DateField.unreadable(List.of(field))).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("无法识别的日期：请输入 2026-12-22 或 2026年12月22日");

        type(field, "2026-12-20");
        assertThat(DateField.unreadable(List.of(field))).isFalse();
        assertThat(field.isInvalid()).isFalse();
    }

    @Test
    void aDateOutsideTheAllowedRangeSaysWhichDatesAreAllowed() {
        openAs("rep3");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        DateField field = new DateField();
        UI.getCurrent().add(field);
        field.setMax(LocalDate.of(2026, 12, 1));
        type(field, "2026-12-20");
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage()).isEqualTo("请选择 2026年12月1日 或之前的日期");
    }

    @Test
    void everyDateFieldOfTheAppIsADateField() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            assertThat(sources.filter(path -> path.toString().endsWith(".java")).filter(path -> {
                try {
                    return Files.readString(path).contains("new DatePicker(");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(Path::toString)).as("plain DatePickers neither read typed dates nor speak Chinese").isEmpty();
        }
    }
}
