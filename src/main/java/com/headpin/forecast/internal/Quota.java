package com.headpin.forecast.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.headpin.forecast.QuotaSplit;
import com.headpin.shared.TimestampedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.jspecify.annotations.Nullable;

/**
 * A fiscal year's quota for a rep ({@code userId}) or, set top-down by a director, for a unit ({@code unitId}).
 * The twelve fiscal months are columns of the row, so one save changes the year and its split together and the
 * history shows both. The months always add up to the amount.
 */
@Entity
@Audited
@Table(name = "quotas")
public class Quota extends TimestampedEntity {

    @Column(name = "fiscal_year", nullable = false, updatable = false)
    private int fiscalYear;
    @Column(name = "user_id", updatable = false)
    private @Nullable Long userId;
    @Column(name = "unit_id", updatable = false)
    private @Nullable Long unitId;
    @Column(nullable = false, precision = 19, scale = 2)
    private BigDecimal amount = BigDecimal.ZERO;
    @Enumerated(EnumType.STRING)
    @Column(name = "split_mode", nullable = false, length = 10)
    private QuotaSplit split = QuotaSplit.EVEN;
    @Column(name = "month_01", nullable = false, precision = 19, scale = 2)
    private BigDecimal month01 = BigDecimal.ZERO;
    @Column(name = "month_02", nullable = false, precision = 19, scale = 2)
    private BigDecimal month02 = BigDecimal.ZERO;
    @Column(name = "month_03", nullable = false, precision = 19, scale = 2)
    private BigDecimal month03 = BigDecimal.ZERO;
    @Column(name = "month_04", nullable = false, precision = 19, scale = 2)
    private BigDecimal month04 = BigDecimal.ZERO;
    @Column(name = "month_05", nullable = false, precision = 19, scale = 2)
    private BigDecimal month05 = BigDecimal.ZERO;
    @Column(name = "month_06", nullable = false, precision = 19, scale = 2)
    private BigDecimal month06 = BigDecimal.ZERO;
    @Column(name = "month_07", nullable = false, precision = 19, scale = 2)
    private BigDecimal month07 = BigDecimal.ZERO;
    @Column(name = "month_08", nullable = false, precision = 19, scale = 2)
    private BigDecimal month08 = BigDecimal.ZERO;
    @Column(name = "month_09", nullable = false, precision = 19, scale = 2)
    private BigDecimal month09 = BigDecimal.ZERO;
    @Column(name = "month_10", nullable = false, precision = 19, scale = 2)
    private BigDecimal month10 = BigDecimal.ZERO;
    @Column(name = "month_11", nullable = false, precision = 19, scale = 2)
    private BigDecimal month11 = BigDecimal.ZERO;
    @Column(name = "month_12", nullable = false, precision = 19, scale = 2)
    private BigDecimal month12 = BigDecimal.ZERO;
    @Column(name = "updated_by")
    private @Nullable Long updatedBy;

    protected Quota() {
    }

    private Quota(int fiscalYear, @Nullable Long userId, @Nullable Long unitId, Instant now) {
        this.fiscalYear = fiscalYear;
        this.userId = userId;
        this.unitId = unitId;
        created(now);
    }

    public static Quota ofRep(int fiscalYear, long userId, Instant now) {
        return new Quota(fiscalYear, userId, null, now);
    }

    public static Quota ofUnit(int fiscalYear, long unitId, Instant now) {
        return new Quota(fiscalYear, null, unitId, now);
    }

    /** Spreads the amount evenly over the twelve months; the cents left over go to the last month. */
    public void splitEvenly(BigDecimal yearly, long by, Instant now) {
        BigDecimal share = yearly.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
        for (int m = 1; m <= 11; m++) {
            setMonth(m, share);
        }
        setMonth(12, yearly.subtract(share.multiply(BigDecimal.valueOf(11))));
        amount = yearly;
        split = QuotaSplit.EVEN;
        changed(by, now);
    }

    /** Takes twelve checked monthly amounts (fiscal months 1–12); the year is their sum. */
    public void splitByMonth(List<BigDecimal> months, long by, Instant now) {
        if (months.size() != 12) {
            throw new IllegalArgumentException("Twelve months expected, got " + months.size());
        }
        BigDecimal total = BigDecimal.ZERO;
        for (int m = 1; m <= 12; m++) {
            setMonth(m, months.get(m - 1));
            total = total.add(months.get(m - 1));
        }
        amount = total;
        split = QuotaSplit.CUSTOM;
        changed(by, now);
    }

    /** The quota of fiscal months 1–12. */
    public BigDecimal month(int fiscalMonth) {
        return switch (fiscalMonth) {
            case 1 -> month01;
            case 2 -> month02;
            case 3 -> month03;
            case 4 -> month04;
            case 5 -> month05;
            case 6 -> month06;
            case 7 -> month07;
            case 8 -> month08;
            case 9 -> month09;
            case 10 -> month10;
            case 11 -> month11;
            case 12 -> month12;
            default -> throw new IllegalArgumentException("No fiscal month " + fiscalMonth);
        };
    }

    /** The twelve months in order. */
    public List<BigDecimal> months() {
        List<BigDecimal> months = new ArrayList<>(12);
        for (int m = 1; m <= 12; m++) {
            months.add(month(m));
        }
        return months;
    }

    /** The sum of these fiscal months' quotas. */
    public BigDecimal sumOf(int[] fiscalMonths) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int m : fiscalMonths) {
            sum = sum.add(month(m));
        }
        return sum;
    }

    private void setMonth(int fiscalMonth, BigDecimal amount) {
        switch (fiscalMonth) {
            case 1 -> month01 = amount;
            case 2 -> month02 = amount;
            case 3 -> month03 = amount;
            case 4 -> month04 = amount;
            case 5 -> month05 = amount;
            case 6 -> month06 = amount;
            case 7 -> month07 = amount;
            case 8 -> month08 = amount;
            case 9 -> month09 = amount;
            case 10 -> month10 = amount;
            case 11 -> month11 = amount;
            case 12 -> month12 = amount;
            default -> throw new IllegalArgumentException("No fiscal month " + fiscalMonth);
        }
    }

    private void changed(long by, Instant now) {
        updatedBy = by;
        touched(now);
    }

    public int getFiscalYear() {
        return fiscalYear;
    }

    public @Nullable Long getUserId() {
        return userId;
    }

    public @Nullable Long getUnitId() {
        return unitId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public QuotaSplit getSplit() {
        return split;
    }

    public @Nullable Long getUpdatedBy() {
        return updatedBy;
    }
}
