package com.headpin.shared.ui.chart;

/**
 * The named formatters of {@code headpin/chart.js}, for option entries that take a function ({@code
 * axisLabel.formatter}, {@code label.formatter}, {@code tooltip.valueFormatter}). They write amounts as
 * {@link com.headpin.shared.Money} does; a Chinese UI reads every amount in 万.
 */
public enum ChartFormat {
    /** Always in 万: 1,000,000 → 100万; below 10,000 in 元. */
    WAN("wan"),
    /** {@code Money.format}: ¥1,000,000 (¥1,234.50 with cents); 100万 in Chinese. */
    YUAN("yuan"),
    /** {@code Money.compact}: ¥1.0M, ¥250K; 100万 in Chinese. */
    YUAN_COMPACT("yuanCompact"),
    /** A day as epoch milliseconds (UTC midnight) on a value axis: "Mar 2027", 2027年3月 in Chinese. */
    MONTH("month");

    private final String jsName;

    ChartFormat(String jsName) {
        this.jsName = jsName;
    }

    /** The string to put in the option: {@code series.putObject("label").put("formatter", WAN.reference())}. */
    public String reference() {
        return "@format:" + jsName;
    }
}
