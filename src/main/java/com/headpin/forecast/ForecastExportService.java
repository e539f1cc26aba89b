package com.headpin.forecast;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.headpin.shared.Csv;
import com.headpin.shared.HeadpinI18NProvider;
import com.headpin.shared.InvalidInputException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forecast table as the caller sees it, for a spreadsheet: CSV and XLSX with the same columns, amounts as plain
 * numbers (a spreadsheet sums them), headings and levels in the user's language.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ForecastExportService {

    private static final List<String> HEADINGS = List.of("org.type", "forecast.export.name", "forecast.quota",
            "forecast.top-down", "forecast.quota-gap", "forecast.system-forecast", "forecast.call",
            "forecast.call-note", "forecast.forecast", "forecast.commitment", "forecast.adjusted-forecast",
            "forecast.adjusted-commitment", "forecast.adjustment-note", "forecast.achievement",
            "forecast.attainment");

    private final ForecastService forecasts;
    private final Periods periods;
    private final HeadpinI18NProvider i18n;

    ForecastExportService(ForecastService forecasts, Periods periods, HeadpinI18NProvider i18n) {
        this.forecasts = forecasts;
        this.periods = periods;
        this.i18n = i18n;
    }

    /** UTF-8 CSV with a byte-order mark. */
    public String csv(String periodKey, Locale locale) {
        StringBuilder csv = new StringBuilder(Csv.BOM);
        for (List<@Nullable Object> row : rows(periodKey, locale)) {
            csv.append(Csv.line(row.stream().map(ForecastExportService::text).toList()));
        }
        return csv.toString();
    }

    /** One sheet named after the period; amounts as numbers with thousands separators. */
    public byte[] xlsx(String periodKey, Locale locale) {
        List<List<@Nullable Object>> rows = rows(periodKey, locale);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(periodKey);
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle heading = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<@Nullable Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    Cell cell = row.createCell(c);
                    if (value instanceof BigDecimal number) {
                        cell.setCellValue(number.doubleValue());
                        cell.setCellStyle(amount);
                    } else if (value instanceof Integer percent) {
                        cell.setCellValue(percent);
                    } else {
                        cell.setCellValue(text(value));
                        if (r == 0) {
                            cell.setCellStyle(heading);
                        }
                    }
                }
            }
            sheet.createFreezePane(2, 1);
            for (int c = 0; c < HEADINGS.size(); c++) {
                sheet.setColumnWidth(c, c == 1 ? 30 * 256 : 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file name for a period: forecast-FY2026-Q3.csv. */
    public static String fileName(String periodKey, String extension) {
        return "forecast-" + periodKey + "." + extension;
    }

    private List<List<@Nullable Object>> rows(String periodKey, Locale locale) {
        Period period = periods.parse(periodKey)
                .orElseThrow(() -> InvalidInputException.of("period", "forecast.period.unknown"));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(HEADINGS.stream().map(key -> i18n.getTranslation(key, locale)).toList()));
        for (ForecastLine line : ForecastLine.of(forecasts.table(period))) {
            FourNumbers n = line.numbers();
            UnitNumbers unit = line.unit();
            RepNumbers rep = line.rep();
            List<@Nullable Object> row = new ArrayList<>();
            row.add(i18n.getTranslation(unit != null ? unit.type().labelKey() : "forecast.export.rep", locale));
            row.add("  ".repeat(line.depth()) + line.name());
            row.add(n.quota());
            row.add(unit == null ? null : unit.topDownQuota());
            row.add(unit == null ? null : unit.quotaGap());
            row.add(n.systemForecast());
            row.add(rep == null ? null : rep.call());
            row.add(rep == null ? null : rep.callNote());
            row.add(n.forecast());
            row.add(n.commitment());
            row.add(n.adjustedForecast());
            row.add(n.adjustedCommitment());
            row.add(rep == null ? null : rep.adjustmentNote());
            row.add(n.achievement());
            row.add(n.attainmentPercent());
            rows.add(row);
        }
        return rows;
    }

    private static String text(@Nullable Object value) {
        return switch (value) {
            case null -> "";
            case BigDecimal number -> number.toPlainString();
            default -> value.toString();
        };
    }
}
