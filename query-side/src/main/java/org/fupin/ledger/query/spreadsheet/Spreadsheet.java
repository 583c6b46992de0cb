package org.fupin.ledger.query.spreadsheet;

import java.util.List;

/**
 * A workbook to download: its tables, one per sheet, and what its file is called, e.g. {@code 东沟村_资金明细};
 * the date it was made is added to the name ({@code 东沟村_资金明细_2026-11-24.xlsx}).
 */
public record Spreadsheet(String name, List<SheetTable> tables) {

    public static Spreadsheet of(String name, SheetTable... tables) {
        return new Spreadsheet(name, List.of(tables));
    }
}
