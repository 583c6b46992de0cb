package org.fupin.ledger.command.plan;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Reads an uploaded plan into {@link PlanLine}s, whatever it came as: XLSX (told by its content, not its name),
 * or CSV in UTF-8 with or without a byte order mark, or in GBK as Excel on Chinese Windows saves it (a file
 * that is not valid UTF-8 is read as GB18030, the superset of GBK).
 *
 * <p>Nothing in the file is ever run or evaluated. A formula cell (in CSV, a cell starting with {@code =})
 * keeps no value: its row is refused, since a cached result may be stale and evaluating is not ours to do.
 * A workbook with macros ({@code vbaProject.bin}, or a {@code .xlsm} name) or with a hidden sheet is
 * refused whole; legacy {@code .xls} files are refused with a request to save as XLSX or CSV.
 */
final class PlanFile {

    /** The largest file a plan may be: 10 MB. */
    static final long SIZE_LIMIT = 10L * 1024 * 1024;

    /** The most data rows a plan may hold. */
    static final int ROW_LIMIT = 5000;

    /** How many cells of the header row are looked at for the five headers. */
    private static final int HEADER_WIDTH = 64;
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset GB18030 = Charset.forName("GB18030");

    private PlanFile() {
    }

    static List<PlanLine> read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw PlanRefused.rule("PLAN_EMPTY", "文件是空的");
        }
        byte[] head = Arrays.copyOf(content, Math.min(content.length, 8));
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw PlanRefused.unreadable("PLAN_FORMAT_UNSUPPORTED",
                    "不支持旧版 .xls 文件，请另存为 .xlsx 或 CSV（UTF-8 或 GBK）后再上传");
        }
        if (ReadableWorkbook.isOOXMLZipHeader(head)) {
            return readWorkbook(fileName, content);
        }
        return readCsv(decode(content));
    }

    private static List<PlanLine> readWorkbook(String fileName, byte[] content) {
        refuseMacros(fileName, content);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            for (Sheet sheet : sheets) {
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    throw PlanRefused.rule("HIDDEN_SHEET_REFUSED", "工作簿含有隐藏的工作表“" + sheet.getName()
                            + "”，不予导入：请删除隐藏表或取消隐藏后再上传");
                }
            }
            if (sheets.isEmpty()) {
                throw PlanRefused.rule("PLAN_EMPTY", "工作簿中没有工作表");
            }
            try (Stream<Row> rows = sheets.get(0).openStream()) {
                return lines(rows.map(PlanFile::workbookRow).iterator());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PlanRefused refused) {
                throw refused;
            }
            throw PlanRefused.unreadable("PLAN_FILE_UNREADABLE", "无法读取该 XLSX 文件：文件已损坏或不是有效的工作簿");
        }
    }

    private static void refuseMacros(String fileName, byte[] content) {
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsm")) {
            throw macroEnabled();
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(content)).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.getName().toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    throw macroEnabled();
                }
            }
        } catch (IOException e) {
            throw PlanRefused.unreadable("PLAN_FILE_UNREADABLE", "无法读取该 XLSX 文件：文件已损坏或不是有效的工作簿");
        }
    }

    private static PlanRefused macroEnabled() {
        return PlanRefused.rule("MACRO_ENABLED_FILE_REFUSED",
                "启用宏的工作簿（.xlsm 或含 VBA 宏）不予导入，请另存为不含宏的 .xlsx 后再上传");
    }

    private static RawRow workbookRow(Row row) {
        return new RawRow(row.getRowNum(), column -> {
            Cell cell = row.getOptionalCell(column).orElse(null);
            if (cell == null || cell.getType() == CellType.EMPTY) {
                return new RawCell("", false);
            }
            return switch (cell.getType()) {
                case FORMULA -> new RawCell("", true);
                case NUMBER -> new RawCell(plainNumber(cell.getRawValue()), false);
                default -> new RawCell(cell.getText() == null ? "" : cell.getText(), false);
            };
        }, row.isHidden());
    }

    /**
     * A numeric cell's stored value as plain text, to Excel's own 15 significant digits, so that 1234.56 stored
     * as {@code 1234.5599999999999} reads as {@code 1234.56}.
     */
    private static String plainNumber(String raw) {
        try {
            return new BigDecimal(raw).round(new MathContext(15)).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    static String decode(byte[] content) {
        if (content.length >= 3 && Arrays.equals(Arrays.copyOf(content, 3), UTF8_BOM)) {
            return strictly(StandardCharsets.UTF_8, Arrays.copyOfRange(content, 3, content.length));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            return strictly(GB18030, content);
        }
    }

    private static String strictly(Charset charset, byte[] content) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw PlanRefused.unreadable("PLAN_ENCODING_UNSUPPORTED",
                    "无法识别文件的字符编码：CSV 请保存为 UTF-8（可带 BOM）或 GBK");
        }
    }

    private static List<PlanLine> readCsv(String text) {
        if (text.indexOf('\0') >= 0) {
            throw PlanRefused.unreadable("PLAN_FORMAT_UNSUPPORTED", "文件既不是 XLSX 也不是 CSV 文本");
        }
        try (CSVParser parser = CSVFormat.RFC4180.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            Iterator<RawRow> rows = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public RawRow next() {
                    CSVRecord record = records.next();
                    return new RawRow((int) record.getRecordNumber(), column -> {
                        String value = column < record.size() ? record.get(column) : "";
                        return value.startsWith("=") ? new RawCell("", true) : new RawCell(value, false);
                    }, false);
                }
            };
            return lines(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw PlanRefused.unreadable("PLAN_FILE_UNREADABLE", "无法按 CSV 读取该文件：请检查引号是否成对");
        }
    }

    /** The header row is the first row that is not blank; every later row that is not blank is a line. */
    private static List<PlanLine> lines(Iterator<RawRow> rows) {
        Map<PlanColumn, Integer> columns = null;
        List<PlanLine> lines = new ArrayList<>();
        while (rows.hasNext()) {
            RawRow row = rows.next();
            if (columns == null) {
                columns = header(row);
                continue;
            }
            Map<PlanColumn, String> cells = new EnumMap<>(PlanColumn.class);
            Set<PlanColumn> formulas = EnumSet.noneOf(PlanColumn.class);
            columns.forEach((column, index) -> {
                RawCell cell = row.cell().apply(index);
                cells.put(column, cell.text());
                if (cell.formula()) {
                    formulas.add(column);
                }
            });
            PlanLine line = new PlanLine(row.number(), cells, formulas, row.hidden());
            if (line.isBlank()) {
                continue;
            }
            if (lines.size() == ROW_LIMIT) {
                throw PlanRefused.rule("PLAN_TOO_MANY_ROWS", "一张分配表最多 " + ROW_LIMIT + " 行，请拆分后分别上传");
            }
            lines.add(line);
        }
        if (columns == null || lines.isEmpty()) {
            throw PlanRefused.rule("PLAN_EMPTY", "分配表中没有数据行");
        }
        return lines;
    }

    /** The columns the header row names, or null when the row is blank (the header is still to come). */
    private static Map<PlanColumn, Integer> header(RawRow row) {
        Map<PlanColumn, Integer> columns = new EnumMap<>(PlanColumn.class);
        boolean blank = true;
        for (int index = 0; index < HEADER_WIDTH; index++) {
            String text = row.cell().apply(index).text();
            blank &= text.isBlank();
            int column = index;
            PlanColumn.named(text).ifPresent(named -> {
                if (columns.putIfAbsent(named, column) != null) {
                    throw PlanRefused.unreadable("PLAN_HEADERS_INVALID", "表头“" + named.header() + "”出现了两次");
                }
            });
        }
        if (blank) {
            return null;
        }
        if (columns.size() < PlanColumn.values().length) {
            throw PlanRefused.unreadable("PLAN_HEADERS_INVALID", "第一行须为表头：" + String.join("，",
                    PlanColumn.TEMPLATE_HEADERS) + "（可从模板下载）");
        }
        return columns;
    }

    private record RawRow(int number, IntFunction<RawCell> cell, boolean hidden) {
    }

    private record RawCell(String text, boolean formula) {
    }
}
