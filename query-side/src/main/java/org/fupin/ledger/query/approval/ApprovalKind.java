package org.fupin.ledger.query.approval;

/** What waits for a second signature: a fund's allocation to a village, or a project's payment to a payee. */
public enum ApprovalKind {
    ALLOCATION,
    DISBURSEMENT
}
