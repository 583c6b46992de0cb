-- The actual finish date a secretary reported (ProjectCompleted), beside started_on.
ALTER TABLE project_view ADD COLUMN completed_on DATE;

-- Each allocation a fund made to a village and each return a village made to a fund, one row per event,
-- so a fund's page lists them one by one. Keyed by the allocation's or return's own id (a return's within its
-- village): replaying the same event writes the same row again.
CREATE TABLE fund_movement_view (
    fund_id     VARCHAR(64)  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    movement_id VARCHAR(64)  NOT NULL,
    village_id  VARCHAR(64)  NOT NULL,
    amount      BIGINT       NOT NULL,
    purpose     TEXT,
    document_no TEXT,
    recorded_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (fund_id, kind, village_id, movement_id)
);
CREATE INDEX fund_movement_view_by_time ON fund_movement_view (fund_id, recorded_at);
