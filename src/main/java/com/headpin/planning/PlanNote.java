package com.headpin.planning;

import java.util.List;

/**
 * Why a plan could not be made ({@link Severity#BLOCKING}: no schedule, the inputs need changing) or what the reader
 * should know about it ({@link Severity#WARNING}). {@code key} is an i18n key; its arguments are numbers, amounts
 * ({@code BigDecimal}), dates, months ({@code YearMonth}) or stages ({@code DealStage}), formatted when shown.
 */
public record PlanNote(Severity severity, String key, List<Object> args) {

    public enum Severity { BLOCKING, WARNING }

    public PlanNote {
        args = List.copyOf(args);
    }

    public static PlanNote blocking(String key, Object... args) {
        return new PlanNote(Severity.BLOCKING, key, List.of(args));
    }

    public static PlanNote warning(String key, Object... args) {
        return new PlanNote(Severity.WARNING, key, List.of(args));
    }

    public boolean blocking() {
        return severity == Severity.BLOCKING;
    }
}
