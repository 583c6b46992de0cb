package org.fupin.ledger.query.approval;

/** Where a request for a second signature stands. */
public enum ApprovalStatus {
    PENDING,
    APPROVED,
    REJECTED
}
