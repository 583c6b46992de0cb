-- Maker-checker: money reserved by a request that waits for a second finance officer, in whole fen. A fund's
-- pending allocations are no longer unallocated; a project's pending payments are no longer held.
ALTER TABLE fund_view ADD COLUMN pending_approval BIGINT NOT NULL DEFAULT 0;
ALTER TABLE project_view ADD COLUMN pending_approval BIGINT NOT NULL DEFAULT 0;
ALTER TABLE project_fund_view ADD COLUMN pending_approval BIGINT NOT NULL DEFAULT 0;
ALTER TABLE village_fund_view ADD COLUMN pending_approval BIGINT NOT NULL DEFAULT 0;

-- Payment by verified progress: the highest confirmed milestone, and each milestone's verification.
ALTER TABLE project_view ADD COLUMN verified_progress_percent INTEGER NOT NULL DEFAULT 0;
ALTER TABLE milestone_view ADD COLUMN verdict VARCHAR(16);
ALTER TABLE milestone_view ADD COLUMN verified_by TEXT;
ALTER TABLE milestone_view ADD COLUMN verified_at TIMESTAMPTZ;
ALTER TABLE milestone_view ADD COLUMN verification_note TEXT;

-- Every allocation or payment that needed a second signature, pending or decided.
CREATE TABLE approval_view (
    kind          VARCHAR(16) NOT NULL CHECK (kind IN ('ALLOCATION', 'DISBURSEMENT')),
    subject_id    VARCHAR(64) NOT NULL,
    item_id       VARCHAR(64) NOT NULL,
    village_id    VARCHAR(64) NOT NULL,
    amount        BIGINT      NOT NULL,
    counterparty  TEXT        NOT NULL,
    reference     TEXT,
    requested_by  TEXT        NOT NULL,
    requested_at  TIMESTAMPTZ NOT NULL,
    status        VARCHAR(16) NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by    TEXT,
    decided_at    TIMESTAMPTZ,
    decision_note TEXT,
    PRIMARY KEY (kind, subject_id, item_id)
);
CREATE INDEX approval_view_status ON approval_view (status, requested_at);
