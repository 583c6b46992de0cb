package org.fupin.ledger.query.position;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One fund source's money at a village or at a project, as the six running totals the projections and the
 * replay keep, in whole fen: received from the fund, returned to it, committed to projects, released back by
 * cancelled projects, paid out (net of reversals), and reserved by payments waiting for a second finance
 * officer's approval ({@code pendingApproval}). Every figure derived from them is computed here and
 * nowhere else, so a village's page, a project's page, a fund's trace, the trial balance and an as-of replay
 * cannot disagree on what "available" or "held" means.
 *
 * <p>A project's position has nothing received or returned: its money arrives as commitments.
 */
public record FundPosition(long received, long returned, long committed, long released, long disbursed,
                           long pendingApproval) {

    public static final FundPosition NONE = new FundPosition(0, 0, 0, 0, 0, 0);

    /** The columns {@link #read} expects, as a village's per-fund rows hold them. */
    public static final String VILLAGE_COLUMNS = "received, returned, committed, released, disbursed, pending_approval";

    /** The columns {@link #read} expects, as a project's rows hold them. */
    public static final String PROJECT_COLUMNS =
            "0 AS received, 0 AS returned, committed, released, disbursed, pending_approval";

    /** A position with nothing waiting for approval. */
    public FundPosition(long received, long returned, long committed, long released, long disbursed) {
        this(received, returned, committed, released, disbursed, 0);
    }

    /** Reads the five totals from a row selected with {@link #VILLAGE_COLUMNS} or {@link #PROJECT_COLUMNS}. */
    public static FundPosition read(ResultSet row) throws SQLException {
        return new FundPosition(row.getLong("received"), row.getLong("returned"), row.getLong("committed"),
                row.getLong("released"), row.getLong("disbursed"), row.getLong("pending_approval"));
    }

    /** A project's position: its money arrives as commitments, never received or returned. */
    public static FundPosition ofProject(long committed, long released, long disbursed) {
        return new FundPosition(0, 0, committed, released, disbursed, 0);
    }

    /** A project's position with payments waiting for approval. */
    public static FundPosition ofProject(long committed, long released, long disbursed, long pendingApproval) {
        return new FundPosition(0, 0, committed, released, disbursed, pendingApproval);
    }

    /** Money still free at the village: received, less returned, less what is committed and not released. */
    public long available() {
        return received - returned - netCommitted();
    }

    /** What stays committed once cancelled projects released their part. */
    public long netCommitted() {
        return committed - released;
    }

    /**
     * What a project holds free to pay: committed, not released, not yet paid out and not reserved by a payment
     * waiting for approval.
     */
    public long held() {
        return committed - released - disbursed - pendingApproval;
    }

    /** Paid out or reserved for a payment waiting for approval: what counts against payment by progress. */
    public long paidOrPending() {
        return disbursed + pendingApproval;
    }

    public FundPosition plus(FundPosition other) {
        return new FundPosition(received + other.received, returned + other.returned, committed + other.committed,
                released + other.released, disbursed + other.disbursed, pendingApproval + other.pendingApproval);
    }

    public FundPosition receive(long fen) {
        return new FundPosition(received + fen, returned, committed, released, disbursed, pendingApproval);
    }

    public FundPosition giveBack(long fen) {
        return new FundPosition(received, returned + fen, committed, released, disbursed, pendingApproval);
    }

    public FundPosition commit(long fen) {
        return new FundPosition(received, returned, committed + fen, released, disbursed, pendingApproval);
    }

    public FundPosition release(long fen) {
        return new FundPosition(received, returned, committed, released + fen, disbursed, pendingApproval);
    }

    /** Pays out {@code fen}; a reversed payment is a negative one. */
    public FundPosition disburse(long fen) {
        return new FundPosition(received, returned, committed, released, disbursed + fen, pendingApproval);
    }

    /** Reserves {@code fen} for a payment waiting for approval; its approval or rejection is a negative one. */
    public FundPosition reserve(long fen) {
        return new FundPosition(received, returned, committed, released, disbursed, pendingApproval + fen);
    }
}
