package org.fupin.ledger.query.position;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A fund source's own money, in whole fen: its amount, what it allocated to villages and what villages gave
 * back. What it has not allocated is computed here and nowhere else.
 */
public record FundSourcePosition(long amount, long allocated, long returned) {

    /** Reads a row of {@code fund_view} (columns {@code amount, allocated, returned}). */
    public static FundSourcePosition read(ResultSet row) throws SQLException {
        return new FundSourcePosition(row.getLong("amount"), row.getLong("allocated"), row.getLong("returned"));
    }

    /** Still the fund's to allocate: its amount less allocations, plus what villages returned. */
    public long unallocated() {
        return amount - allocated + returned;
    }
}
