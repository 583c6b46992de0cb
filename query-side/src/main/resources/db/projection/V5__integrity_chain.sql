-- The sealed hash chain over every stored event, in global order. Row n holds
-- HMAC(key, hash(n-1) | event n as stored), so changing, removing or reordering any stored event breaks
-- every hash from there on, and nobody without the key (kept outside the database) can re-seal it.
CREATE TABLE integrity_chain (
    ordinal         BIGINT       PRIMARY KEY,
    position        BIGINT       NOT NULL,
    event_id        VARCHAR(255) NOT NULL,
    aggregate_id    VARCHAR(255),
    sequence_number BIGINT,
    event_time      TIMESTAMPTZ  NOT NULL,
    hash            CHAR(64)     NOT NULL
);

-- Finds the head at the end of a disclosure period without scanning the chain.
CREATE INDEX integrity_chain_event_time ON integrity_chain (event_time, ordinal);
