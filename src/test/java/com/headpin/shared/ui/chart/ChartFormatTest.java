package com.headpin.shared.ui.chart;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import com.headpin.shared.Money;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart formatters' table (src/test/resources/chart/money.json) is what {@link Money} writes; the browser suite's
 * chart-formatters test holds headpin/chart.js to the same table, so both sides write amounts alike.
 */
class ChartFormatTest {

    record Case(String format, String amount, boolean chinese, String expected) {
    }

    @Test
    void theFormattersTableIsWhatMoneyWrites() throws IOException {
        assertThat(cases()).isNotEmpty().allSatisfy(c -> {
            BigDecimal amount = new BigDecimal(c.amount());
            Locale locale = c.chinese() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            String written = switch (c.format()) {
                case "wan" -> Money.format(amount, Locale.SIMPLIFIED_CHINESE);
                case "yuan" -> Money.format(amount, locale);
                case "yuanCompact" -> Money.compact(amount, locale);
                // A day as epoch milliseconds on a value axis (the planner's timeline): its month.
                case "month" -> java.time.Instant.ofEpochMilli(amount.longValueExact()).atZone(java.time.ZoneOffset.UTC)
                        .format(java.time.format.DateTimeFormatter.ofPattern(c.chinese() ? "yyyy年M月" : "MMM yyyy",
                                Locale.ENGLISH));
                default -> throw new IllegalArgumentException(c.format());
            };
            assertThat(written).as(c.toString()).isEqualTo(c.expected());
        });
    }

    @Test
    void everyFormatIsInTheTableAndReferencedByItsScriptName() throws IOException {
        List<String> tabled = cases().stream().map(Case::format).distinct().toList();
        assertThat(List.of(ChartFormat.values())).extracting(ChartFormat::reference)
                .containsExactlyInAnyOrderElementsOf(tabled.stream().map(name -> "@format:" + name).toList());
    }

    private static List<Case> cases() throws IOException {
        try (InputStream in = ChartFormatTest.class.getResourceAsStream("/chart/money.json")) {
            return JsonMapper.shared().readValue(in, new TypeReference<List<Case>>() {
            });
        }
    }
}
