package com.headpin.forecast.ui;

import java.math.BigDecimal;
import java.util.List;

import com.headpin.forecast.QuotaBoard;
import com.headpin.forecast.QuotaFigures;
import org.jspecify.annotations.Nullable;

/** A line of the quotas tree: a unit, or a rep under one of their teams (a rep on two teams shows under both). */
record QuotaLine(QuotaBoard.@Nullable Unit unit, QuotaBoard.@Nullable Rep rep, long underUnitId) {

    static QuotaLine of(QuotaBoard.Unit unit) {
        return new QuotaLine(unit, null, unit.parentId() == null ? 0 : unit.parentId());
    }

    static QuotaLine of(QuotaBoard.Rep rep, long teamId) {
        return new QuotaLine(null, rep, teamId);
    }

    String name() {
        return unit != null ? unit.name() : rep == null ? "" : rep.name();
    }

    /** The quota whose months and quarters the line shows: a rep's, or the unit's top-down one. */
    @Nullable QuotaFigures quota() {
        return unit != null ? unit.topDown() : rep == null ? null : rep.quota();
    }

    @Nullable BigDecimal quarter(int index) {
        QuotaFigures quota = quota();
        return quota == null ? null : quota.quarters().get(index);
    }

    List<BigDecimal> months() {
        QuotaFigures quota = quota();
        return quota == null ? List.of() : quota.months();
    }

    String id() {
        return unit != null ? "unit-" + unit.unitId() : "rep-" + (rep == null ? 0 : rep.repId()) + "-" + underUnitId;
    }
}
