package com.headpin.forecast.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.headpin.deals.SalesProcess;
import com.headpin.forecast.DealMove;
import com.headpin.forecast.FrozenDeal;
import com.headpin.forecast.Movement;
import com.headpin.forecast.MovementStep;
import com.headpin.forecast.Periods;
import com.headpin.shared.Csv;
import com.headpin.shared.HeadpinI18NProvider;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The movement report as a table: the waterfall (start, each step, end) and below it every deal listed under a step,
 * as the user sees them (same deal lists, same language). Written as CSV (UTF-8 with BOM) or XLSX; amounts stay
 * numbers in the workbook so they can be added up.
 */
final class MovementExport {

    private final HeadpinI18NProvider i18n;
    private final Periods periods;
    private final SalesProcess process;
    private final Locale locale;

    MovementExport(HeadpinI18NProvider i18n, Periods periods, SalesProcess process, Locale locale) {
        this.i18n = i18n;
        this.periods = periods;
        this.process = process;
        this.locale = locale;
    }

    /** The rows; cells are text or amounts ({@link BigDecimal}). */
    List<List<Object>> rows(Movement movement) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(t("forecast.movement.export.scope"), movement.scope().name()));
        rows.add(List.of(t("forecast.period"), periods.label(movement.period(), locale)));
        rows.add(List.of(t("forecast.movement.from"), movement.from().weekStart().toString(),
                t("forecast.movement.to"), movement.to().weekStart().toString()));
        rows.add(List.of());
        rows.add(List.of(t("forecast.movement.step"), t("forecast.movement.change"), t("forecast.movement.deals")));
        rows.add(List.of(t("forecast.movement.start"), movement.start()));
        for (MovementStep step : MovementStep.values()) {
            rows.add(List.of(t(step.labelKey()), movement.total(step),
                    (long) movement.deals(step).size() + movement.hidden(step)));
        }
        rows.add(List.of(t("forecast.movement.end"), movement.end()));
        rows.add(List.of());
        rows.add(List.of(t("forecast.movement.step"), t("forecast.movement.deal"), t("forecast.movement.owner"),
                t("forecast.movement.before"), t("forecast.movement.after"), t("forecast.movement.change")));
        for (MovementStep step : MovementStep.values()) {
            for (DealMove move : movement.deals(step)) {
                rows.add(List.of(t(step.labelKey()), move.name(), movement.repName(move.repId()),
                        state(move.before()), state(move.after()), move.change()));
            }
        }
        return rows;
    }

    String csv(Movement movement) {
        StringBuilder csv = new StringBuilder(Csv.BOM);
        for (List<Object> row : rows(movement)) {
            csv.append(Csv.line(row.stream().map(cell -> cell instanceof BigDecimal amount ? amount.toPlainString()
                    : String.valueOf(cell)).toList()));
        }
        return csv.toString();
    }

    byte[] xlsx(Movement movement) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(t("forecast.tab.movement"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            int r = 0;
            for (List<Object> values : rows(movement)) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    Object value = values.get(c);
                    if (value instanceof BigDecimal amount) {
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(money);
                    } else if (value instanceof Long count) {
                        cell.setCellValue(count);
                    } else {
                        cell.setCellValue(String.valueOf(value));
                    }
                }
            }
            for (int c = 0; c < 6; c++) {
                sheet.setColumnWidth(c, 24 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String state(@Nullable FrozenDeal deal) {
        if (deal == null) {
            return t("forecast.movement.absent");
        }
        String where = deal.pipeline() && deal.outcome() == com.headpin.deals.DealOutcome.OPEN
                ? process.stage(deal.stage()).name(locale) + " / " + t(deal.category().labelKey())
                : t(deal.outcome().labelKey());
        return deal.amount().toPlainString() + " / " + deal.expectedClose() + " / " + where;
    }

    private String t(String key, Object... params) {
        return i18n.getTranslation(key, locale, params);
    }
}
