-- Tracking tokens of the query side's processors, written in the same transaction as the projections.
CREATE TABLE token_entry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);

-- Amounts are whole fen (0.01 CNY) in BIGINT: exact, and summed by PostgreSQL without rounding.
-- Events of different aggregates are projected by different segments, in no fixed order between them,
-- so every row another aggregate's events touch is upserted: a village's return may land before the
-- fund's registration, which is why the fund's own columns are nullable until it does.
CREATE TABLE fund_view (
    fund_id     VARCHAR(64)  PRIMARY KEY,
    name        TEXT,
    level       VARCHAR(32),
    fiscal_year INTEGER,
    document_no TEXT,
    amount      BIGINT       NOT NULL DEFAULT 0,
    allocated   BIGINT       NOT NULL DEFAULT 0,
    returned    BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE village_view (
    village_id         VARCHAR(64) PRIMARY KEY,
    name               TEXT        NOT NULL,
    town               TEXT        NOT NULL,
    county             TEXT        NOT NULL,
    poverty_households INTEGER     NOT NULL
);

-- A village's money per fund source; the village totals are sums of these rows.
CREATE TABLE village_fund_view (
    village_id VARCHAR(64) NOT NULL,
    fund_id    VARCHAR(64) NOT NULL,
    received   BIGINT      NOT NULL DEFAULT 0,
    returned   BIGINT      NOT NULL DEFAULT 0,
    committed  BIGINT      NOT NULL DEFAULT 0,
    released   BIGINT      NOT NULL DEFAULT 0,
    disbursed  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (village_id, fund_id)
);
