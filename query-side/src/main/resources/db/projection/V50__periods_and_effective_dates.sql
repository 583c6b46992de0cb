-- Each close of the books (PeriodClosed), with the close event's id and global position: its link in
-- integrity_chain (found by position) is the integrity head pinned at the close.
CREATE TABLE period_close_view (
    period    VARCHAR(7)  PRIMARY KEY,
    closed_at TIMESTAMPTZ NOT NULL,
    closed_by VARCHAR(255),
    note      TEXT        NOT NULL,
    event_id  VARCHAR(255) NOT NULL,
    position  BIGINT      NOT NULL
);

-- The months (YYYY-MM) any money entry took effect in.
CREATE TABLE ledger_month_view (
    period VARCHAR(7) PRIMARY KEY
);

-- The effective date of a collective entry; NULL for entries projected before it existed, which read as
-- effective on their recording day in Asia/Shanghai.
ALTER TABLE collective_entry_view ADD COLUMN effective_date DATE;
