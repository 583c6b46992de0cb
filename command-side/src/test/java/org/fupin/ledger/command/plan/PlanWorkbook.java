package org.fupin.ledger.command.plan;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds XLSX plans for tests, the way a finance officer's Excel would save them (within reason). */
final class PlanWorkbook {

    private final List<Object[]> rows = new ArrayList<>();
    private final List<Integer> hiddenRows = new ArrayList<>();
    private boolean hiddenSheet;

    static PlanWorkbook withTemplateHeaders() {
        PlanWorkbook workbook = new PlanWorkbook();
        workbook.rows.add(PlanColumn.TEMPLATE_HEADERS.toArray());
        return workbook;
    }

    /** A row of cells: a {@link Number} is a numeric cell, a string starting with {@code =} a formula. */
    PlanWorkbook row(Object... cells) {
        rows.add(cells);
        return this;
    }

    PlanWorkbook hidingLastRow() {
        hiddenRows.add(rows.size() - 1);
        return this;
    }

    PlanWorkbook withHiddenSheet() {
        hiddenSheet = true;
        return this;
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Fupin Ledger test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("资金分配表");
            for (int r = 0; r < rows.size(); r++) {
                Object[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c] instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (cells[c] instanceof String text && text.startsWith("=")) {
                        sheet.formula(r, c, text.substring(1));
                    } else if (cells[c] != null) {
                        sheet.value(r, c, (String) cells[c]);
                    }
                }
            }
            hiddenRows.forEach(sheet::hideRow);
            if (hiddenSheet) {
                Worksheet hidden = workbook.newWorksheet("备用");
                hidden.value(0, 0, "hidden");
                hidden.setVisibilityState(VisibilityState.HIDDEN);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The workbook's zip with one entry's text changed, as another program might have saved it. */
    static byte[] rewritten(byte[] xlsx, String entry, UnaryOperator<String> change) {
        return rezipped(xlsx, entry, change, null);
    }

    /** The workbook's zip with an extra entry, such as {@code xl/vbaProject.bin}. */
    static byte[] withEntry(byte[] xlsx, String entry) {
        return rezipped(xlsx, null, null, entry);
    }

    private static byte[] rezipped(byte[] xlsx, String changed, UnaryOperator<String> change, String added) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(xlsx)).get();
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipArchiveEntry entry : Collections.list(in.getEntries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(changed)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
            if (added != null) {
                zip.putNextEntry(new ZipEntry(added));
                zip.write(new byte[]{1, 2, 3});
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
