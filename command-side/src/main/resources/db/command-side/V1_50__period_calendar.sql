-- The last month whose books are closed (YYYY-MM; NULL while none is): every month up to it is closed.
-- One row. Money commands read it FOR SHARE and a close updates it, each in its command's transaction,
-- so a close and an entry into the month being closed never overlap.
CREATE TABLE period_calendar (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    closed_through VARCHAR(7)
);
INSERT INTO period_calendar (id, closed_through) VALUES (1, NULL);
