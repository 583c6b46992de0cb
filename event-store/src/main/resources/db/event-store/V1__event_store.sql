-- Axon's JDBC event store on PostgreSQL, with Axon's default column names (PostgreSQL folds them to lower
-- case): a BIGSERIAL global index, so streaming processors see events in commit order without block
-- allocation, and bytea payloads, never OID large objects.
CREATE TABLE domain_event_entry (
    globalIndex         BIGSERIAL    PRIMARY KEY,
    eventIdentifier     VARCHAR(255) NOT NULL UNIQUE,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    timeStamp           VARCHAR(255) NOT NULL,
    payloadType         VARCHAR(255) NOT NULL,
    payloadRevision     VARCHAR(255),
    payload             BYTEA        NOT NULL,
    metaData            BYTEA,
    UNIQUE (aggregateIdentifier, sequenceNumber)
);

CREATE TABLE snapshot_event_entry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventIdentifier     VARCHAR(255) NOT NULL UNIQUE,
    timeStamp           VARCHAR(255) NOT NULL,
    payloadType         VARCHAR(255) NOT NULL,
    payloadRevision     VARCHAR(255),
    payload             BYTEA        NOT NULL,
    metaData            BYTEA,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber)
);
