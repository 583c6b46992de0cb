-- Set-based projections on several segments (README: Projections). Every event of a village is projected
-- on one segment, so a fund's totals, which every village's events changed, can no longer be kept in one
-- row: two segments would write it at once. They are summed when read, from rows only one village's
-- events write: allocated and returned from village_fund_view, reserved from fund_reservation_view.
-- fund_view stays, as a view, so every reader keeps its query.
ALTER TABLE fund_view RENAME TO fund_source_view;

CREATE TABLE fund_reservation_view (
    fund_id          VARCHAR(64) NOT NULL,
    village_id       VARCHAR(64) NOT NULL,
    pending_approval BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (fund_id, village_id)
);

INSERT INTO fund_reservation_view (fund_id, village_id, pending_approval)
SELECT subject_id, village_id, SUM(amount) FROM approval_view
WHERE kind = 'ALLOCATION' AND status = 'PENDING' GROUP BY subject_id, village_id;

ALTER TABLE fund_source_view DROP COLUMN allocated, DROP COLUMN returned, DROP COLUMN pending_approval;

CREATE INDEX village_fund_view_fund ON village_fund_view (fund_id);

-- A fund appears once any of its events is projected, as it did when it was one row: its allocations may
-- be projected before its registration (name NULL until then).
CREATE VIEW fund_view AS
SELECT f.fund_id, s.name, s.level, s.fiscal_year, s.document_no, COALESCE(s.amount, 0) AS amount,
       COALESCE(m.allocated, 0) AS allocated, COALESCE(m.returned, 0) AS returned,
       COALESCE(r.pending_approval, 0) AS pending_approval
FROM (SELECT fund_id FROM fund_source_view
      UNION SELECT fund_id FROM village_fund_view
      UNION SELECT fund_id FROM fund_reservation_view) f
LEFT JOIN fund_source_view s ON s.fund_id = f.fund_id
LEFT JOIN LATERAL (SELECT SUM(v.received)::BIGINT AS allocated, SUM(v.returned)::BIGINT AS returned
                   FROM village_fund_view v WHERE v.fund_id = f.fund_id) m ON TRUE
LEFT JOIN LATERAL (SELECT SUM(p.pending_approval)::BIGINT AS pending_approval
                   FROM fund_reservation_view p WHERE p.fund_id = f.fund_id) r ON TRUE;
