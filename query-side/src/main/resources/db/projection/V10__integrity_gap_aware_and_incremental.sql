-- The chain is ordered by seal ordinal, no longer by global position: an event whose transaction commits
-- late (a lower position than events already sealed) is appended when it becomes visible. Each position is
-- sealed at most once.
CREATE UNIQUE INDEX integrity_chain_position ON integrity_chain (position);

-- Where the sealer has read up to, as Axon's GapAwareTrackingToken: every position up to token_index has
-- been sealed except the gaps, which the sealer keeps looking at for a late commit. -1: nothing read yet.
CREATE TABLE integrity_sealer (
    id          SMALLINT PRIMARY KEY CHECK (id = 1),
    token_index BIGINT   NOT NULL,
    gaps        BIGINT[] NOT NULL
);

-- A chain sealed by the earlier sealer (strict position order, events at least 5 s old) may have skipped a
-- late commit. Positions it left out near the head become gaps, so that the sealer appends such an event.
INSERT INTO integrity_sealer (id, token_index, gaps)
SELECT 1, COALESCE(MAX(position), -1),
       ARRAY(SELECT g FROM generate_series(GREATEST(1, COALESCE(MAX(c.position), 0) - 1000),
                                           COALESCE(MAX(c.position), 0) - 1) AS g
             WHERE NOT EXISTS (SELECT 1 FROM integrity_chain s WHERE s.position = g))
FROM integrity_chain c;

-- The last link GET /api/integrity verified: the next call verifies from there on. No row: from the start.
CREATE TABLE integrity_verified (
    id          SMALLINT    PRIMARY KEY CHECK (id = 1),
    ordinal     BIGINT      NOT NULL,
    position    BIGINT      NOT NULL,
    event_id    VARCHAR(255) NOT NULL,
    hash        CHAR(64)    NOT NULL,
    verified_at TIMESTAMPTZ NOT NULL
);

-- The administrator's full verification: one at a time across every query-side instance. A job whose
-- heartbeat (updated_at) stopped, because its instance died, may be started again.
CREATE TABLE integrity_full_verification (
    id               SMALLINT     PRIMARY KEY CHECK (id = 1),
    state            VARCHAR(16)  NOT NULL,
    started_by       VARCHAR(64)  NOT NULL,
    started_at       TIMESTAMPTZ  NOT NULL,
    updated_at       TIMESTAMPTZ  NOT NULL,
    finished_at      TIMESTAMPTZ,
    head_ordinal     BIGINT,
    head_position    BIGINT,
    position_reached BIGINT,
    events_checked   BIGINT       NOT NULL DEFAULT 0,
    verified         BOOLEAN,
    bad_position     BIGINT,
    bad_event_id     VARCHAR(255),
    problem          VARCHAR(1000)
);
