package org.fupin.ledger.query.spreadsheet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One table of a workbook, on a sheet of its own: a Chinese title naming what it is, Chinese column headers and
 * its rows. A money cell takes the API's decimal string (or a number) and is written as a number.
 */
public final class SheetTable {

    /** What a column holds, and so how its cells are written and formatted. */
    public enum Kind { TEXT, MONEY, NUMBER, DATE, DATE_TIME }

    record Column(String header, Kind kind) {
    }

    private final String title;
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Object>> rows = new ArrayList<>();

    private SheetTable(String title) {
        this.title = title;
    }

    /** A table titled {@code title}; the title also names its sheet. */
    public static SheetTable titled(String title) {
        return new SheetTable(title);
    }

    public SheetTable column(String header, Kind kind) {
        columns.add(new Column(header, kind));
        return this;
    }

    public SheetTable text(String header) {
        return column(header, Kind.TEXT);
    }

    public SheetTable money(String header) {
        return column(header, Kind.MONEY);
    }

    /** A row of cells in column order; a null cell stays empty. */
    public SheetTable row(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException("A row of '" + title + "' has " + columns.size() + " cells, not "
                    + cells.length);
        }
        rows.add(Arrays.asList(cells));
        return this;
    }

    String title() {
        return title;
    }

    List<Column> columns() {
        return List.copyOf(columns);
    }

    List<List<Object>> rows() {
        return rows;
    }
}
