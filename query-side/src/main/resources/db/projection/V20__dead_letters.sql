-- Axon's sequenced dead-letter queue for the projections: an event a projection fails on for
-- a reason that does not pass (not a database outage) is parked here with the later events of its aggregate
-- queued behind it, instead of being skipped; every other aggregate keeps flowing. The columns are
-- those of Axon 4.13's DeadLetterSchema; serialized data is BYTEA (never OID large objects) and Axon writes
-- its timestamps as ISO-8601 text.
CREATE TABLE dead_letter_entry (
    deadLetterIdentifier VARCHAR(255) NOT NULL,
    processingGroup      VARCHAR(255) NOT NULL,
    sequenceIdentifier   VARCHAR(255) NOT NULL,
    sequenceIndex        BIGINT       NOT NULL,
    messageType          VARCHAR(255) NOT NULL,
    eventIdentifier      VARCHAR(255) NOT NULL,
    timestamp            VARCHAR(255) NOT NULL,
    payloadType          VARCHAR(255) NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA        NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255) NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         TEXT,
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_entry_pk PRIMARY KEY (deadLetterIdentifier),
    CONSTRAINT dead_letter_entry_sequence_index UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX dead_letter_entry_processing_group ON dead_letter_entry (processingGroup);
CREATE INDEX dead_letter_entry_sequence ON dead_letter_entry (processingGroup, sequenceIdentifier);
