package io.kexiang.shared.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * One table as an Excel workbook (.xlsx): a bold header row that stays in view, times in the centre's zone as Excel
 * date-times, numbers as numbers, booleans as 是/否 or yes/no. Rows are streamed (SXSSF), so a year's ledger takes
 * little memory. Every ledger and report export is written here.
 */
public final class Sheets {

    /** What a workbook is served as. */
    public static final org.springframework.http.MediaType XLSX = org.springframework.http.MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private Sheets() {
    }

    /** One table of a workbook: its sheet's title, column titles, and rows of cells. */
    public record Table(String title, List<String> headers, List<List<Object>> rows) {
    }

    /**
     * @param headers the column titles
     * @param rows each row's cells: String, Number, Boolean, Instant, LocalDate or null
     * @param yes the word for true ({@code 是}); {@code no} for false
     */
    public static byte[] of(String title, List<String> headers, List<List<Object>> rows, ZoneId zone, String yes,
            String no) {
        return of(List.of(new Table(title, headers, rows)), zone, yes, no);
    }

    /** Several tables, a sheet each, in their order (a report's sections). */
    public static byte[] of(List<Table> tables, ZoneId zone, String yes, String no) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            CellStyle day = workbook.createCellStyle();
            day.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(safe(table.title()));
                Row header = sheet.createRow(0);
                for (int column = 0; column < table.headers().size(); column++) {
                    Cell cell = header.createCell(column);
                    cell.setCellValue(table.headers().get(column));
                    cell.setCellStyle(bold);
                    sheet.setColumnWidth(column, Math.min(60, Math.max(10, table.headers().get(column).length() * 3))
                            * 256);
                }
                sheet.createFreezePane(0, 1);
                int index = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(index++);
                    for (int column = 0; column < values.size(); column++) {
                        write(row, column, values.get(column), zone, yes, no, time, day);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the workbook " + tables.get(0).title(), e);
        }
    }

    private static void write(Row row, int column, Object value, ZoneId zone, String yes, String no, CellStyle time,
            CellStyle day) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag ? yes : no);
        } else if (value instanceof Instant instant) {
            cell.setCellValue(instant.atZone(zone).toLocalDateTime());
            cell.setCellStyle(time);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(day);
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    /** Excel refuses sheet names with []:*?/\ or longer than 31 characters. */
    private static String safe(String title) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return name.length() > 31 ? name.substring(0, 31) : name;
    }
}
