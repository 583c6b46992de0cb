package org.fupin.ledger.query.spreadsheet;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link Spreadsheet} as an XLSX download. Every table gets its own sheet: a title row naming it and
 * when it was made (Asia/Shanghai), a row of headers, then its rows. Amounts are numbers formatted
 * {@code #,##0.00}, dates real dates. The file is named in Chinese ({@code filename*=UTF-8''…}, RFC 5987) with
 * an ASCII fallback for clients that cannot read that.
 */
@Component
public class XlsxDownloads {

    public static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);

    private static final ZoneId LEDGER_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int MAX_SHEET_NAME = 31;

    private final Clock clock;

    XlsxDownloads(Clock clock) {
        this.clock = clock;
    }

    /** The workbook as a {@code 200} attachment named {@code <name>_<today>.xlsx}. */
    public ResponseEntity<byte[]> download(Spreadsheet spreadsheet) {
        ZonedDateTime made = clock.instant().atZone(LEDGER_ZONE);
        String fileName = spreadsheet.name() + "_" + made.toLocalDate() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .body(write(spreadsheet, made));
    }

    /**
     * {@code attachment; filename="ledger_2026-11-24.xlsx"; filename*=UTF-8''%E4%B8%9C…}: the ASCII fallback keeps
     * the name's ASCII letters, digits and dashes.
     */
    static String attachment(String fileName) {
        String fallback = fileName.replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_{2,}", "_");
        if (fallback.startsWith("_")) {
            fallback = "ledger" + fallback;
        }
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''"
                + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }

    static byte[] write(Spreadsheet spreadsheet, ZonedDateTime made) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Fupin Ledger", "1.0");
            Set<String> sheetNames = new HashSet<>();
            for (SheetTable table : spreadsheet.tables()) {
                sheet(workbook.newWorksheet(sheetName(table.title(), sheetNames)), table, made);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void sheet(Worksheet sheet, SheetTable table, ZonedDateTime made) {
        List<SheetTable.Column> columns = table.columns();
        sheet.value(0, 0, table.title() + "（制表时间：" + MADE.format(made) + " 北京时间）");
        sheet.style(0, 0).bold().fontSize(13).set();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(1, c, columns.get(c).header());
            sheet.style(1, c).bold().fillColor("DDEBF7").set();
            sheet.width(c, columns.get(c).kind() == SheetTable.Kind.TEXT ? 24 : 18);
        }
        int r = 2;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < columns.size(); c++) {
                cell(sheet, r, c, columns.get(c).kind(), row.get(c));
            }
            r++;
        }
    }

    private static void cell(Worksheet sheet, int r, int c, SheetTable.Kind kind, Object value) {
        if (value == null) {
            return;
        }
        switch (kind) {
            case MONEY -> {
                sheet.value(r, c, value instanceof Number number ? number : new BigDecimal(value.toString()));
                sheet.style(r, c).format("#,##0.00").set();
            }
            case NUMBER -> sheet.value(r, c, value instanceof Number number ? number : new BigDecimal(value.toString()));
            case DATE -> {
                sheet.value(r, c, (LocalDate) value);
                sheet.style(r, c).format("yyyy-mm-dd").set();
            }
            case DATE_TIME -> {
                sheet.value(r, c, ((Instant) value).atZone(LEDGER_ZONE).toLocalDateTime());
                sheet.style(r, c).format("yyyy-mm-dd hh:mm:ss").set();
            }
            case TEXT -> sheet.value(r, c, value.toString());
        }
    }

    /** At most 31 characters, none of {@code [ ] : * ? / \}, and unique within the workbook. */
    private static String sheetName(String title, Set<String> taken) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        name = name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME) : name;
        String unique = name;
        for (int n = 2; !taken.add(unique); n++) {
            String suffix = " (" + n + ")";
            unique = name.substring(0, Math.min(name.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return unique;
    }
}
