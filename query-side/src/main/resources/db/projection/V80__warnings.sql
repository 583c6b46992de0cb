-- Early warnings (预警). Each version of a warning rule as first loaded: a version never changes, so the query
-- side refuses to start when the rules file reads differently under a name and version it has seen.
-- Not a projection: a rebuild keeps it.
CREATE TABLE warning_rule_version (
    name            VARCHAR(64) NOT NULL,
    version         INTEGER     NOT NULL,
    contents        TEXT        NOT NULL,
    first_loaded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (name, version)
);

-- Allocations with the day they count from (idle funds, fund year mismatch); projected by "warnings".
CREATE TABLE warning_allocation (
    fund_id       VARCHAR(64) NOT NULL,
    allocation_id VARCHAR(64) NOT NULL,
    village_id    VARCHAR(64) NOT NULL,
    amount        BIGINT      NOT NULL,
    effective_on  DATE        NOT NULL,
    PRIMARY KEY (fund_id, allocation_id)
);
CREATE INDEX warning_allocation_village ON warning_allocation (village_id, effective_on);

-- Inspectors' acknowledgements of warnings (WarningAcknowledged); projected by "warnings".
CREATE TABLE warning_acknowledgement (
    warning_id      VARCHAR(64) PRIMARY KEY,
    note            TEXT        NOT NULL,
    acknowledged_by TEXT        NOT NULL,
    acknowledged_at TIMESTAMPTZ NOT NULL
);
