package org.fupin.ledger.query.position;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A fund source's own money, in whole fen: its amount, what it allocated to villages, what villages gave
 * back, and what allocations waiting for a second finance officer's approval reserve. What it has not
 * allocated is computed here and nowhere else.
 */
public record FundSourcePosition(long amount, long allocated, long returned, long pendingApproval) {

    /** The columns {@link #read} expects from {@code fund_view}. */
    public static final String COLUMNS = "amount, allocated, returned, pending_approval";

    /** A fund with nothing waiting for approval. */
    public FundSourcePosition(long amount, long allocated, long returned) {
        this(amount, allocated, returned, 0);
    }

    /** Reads a row of {@code fund_view} selected with {@link #COLUMNS}. */
    public static FundSourcePosition read(ResultSet row) throws SQLException {
        return new FundSourcePosition(row.getLong("amount"), row.getLong("allocated"), row.getLong("returned"),
                row.getLong("pending_approval"));
    }

    /**
     * Still the fund's to allocate: its amount less allocations, plus what villages returned, less what pending
     * allocations reserve.
     */
    public long unallocated() {
        return amount - allocated + returned - pendingApproval;
    }
}
