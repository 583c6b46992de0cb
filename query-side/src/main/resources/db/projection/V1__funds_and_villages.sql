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
CREATE TABLE fund_view (
    fund_id     VARCHAR(64)  PRIMARY KEY,
    name        TEXT         NOT NULL,
    level       VARCHAR(32)  NOT NULL,
    fiscal_year INTEGER      NOT NULL,
    document_no TEXT         NOT NULL,
    amount      BIGINT       NOT NULL,
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
