package org.fupin.ledger.query.position;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One fund source's money at a village or at a project, as the five running totals the projections and the
 * replay keep, in whole fen: received from the fund, returned to it, committed to projects, released back by
 * cancelled projects, and paid out (net of reversals). Every figure derived from them is computed here and
 * nowhere else, so a village's page, a project's page, a fund's trace, the trial balance and an as-of replay
 * cannot disagree on what "available" or "held" means.
 *
 * <p>A project's position has nothing received or returned: its money arrives as commitments.
 */
public record FundPosition(long received, long returned, long committed, long released, long disbursed) {

    public static final FundPosition NONE = new FundPosition(0, 0, 0, 0, 0);

    /** The columns {@link #read} expects, as a village's per-fund rows hold them. */
    public static final String VILLAGE_COLUMNS = "received, returned, committed, released, disbursed";

    /** The columns {@link #read} expects, as a project's rows hold them. */
    public static final String PROJECT_COLUMNS = "0 AS received, 0 AS returned, committed, released, disbursed";

    /** Reads the five totals from a row selected with {@link #VILLAGE_COLUMNS} or {@link #PROJECT_COLUMNS}. */
    public static FundPosition read(ResultSet row) throws SQLException {
        return new FundPosition(row.getLong("received"), row.getLong("returned"), row.getLong("committed"),
                row.getLong("released"), row.getLong("disbursed"));
    }

    /** A project's position: its money arrives as commitments, never received or returned. */
    public static FundPosition ofProject(long committed, long released, long disbursed) {
        return new FundPosition(0, 0, committed, released, disbursed);
    }

    /** Money still free at the village: received, less returned, less what is committed and not released. */
    public long available() {
        return received - returned - netCommitted();
    }

    /** What stays committed once cancelled projects released their part. */
    public long netCommitted() {
        return committed - released;
    }

    /** What a project holds: committed, not released and not yet paid out. */
    public long held() {
        return committed - released - disbursed;
    }

    public FundPosition plus(FundPosition other) {
        return new FundPosition(received + other.received, returned + other.returned, committed + other.committed,
                released + other.released, disbursed + other.disbursed);
    }

    public FundPosition receive(long fen) {
        return new FundPosition(received + fen, returned, committed, released, disbursed);
    }

    public FundPosition giveBack(long fen) {
        return new FundPosition(received, returned + fen, committed, released, disbursed);
    }

    public FundPosition commit(long fen) {
        return new FundPosition(received, returned, committed + fen, released, disbursed);
    }

    public FundPosition release(long fen) {
        return new FundPosition(received, returned, committed, released + fen, disbursed);
    }

    /** Pays out {@code fen}; a reversed payment is a negative one. */
    public FundPosition disburse(long fen) {
        return new FundPosition(received, returned, committed, released, disbursed + fen);
    }
}
