-- Tracking tokens of the command side's relays (the second steps of allocations and returns).
CREATE TABLE token_entry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);

-- One row per Idempotency-Key a client sent with a command that succeeded. Written in the same
-- transaction as the command's events, so a key is recorded if and only if its events are stored.
CREATE TABLE idempotency_key (
    actor           VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (actor, idempotency_key)
);
