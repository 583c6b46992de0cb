-- Uploaded allocation plans (资金分配表) waiting for confirmation, keyed by the SHA-256 of the file's bytes.
-- The file itself is kept and read again at confirmation, so what is recorded is exactly what was shown.
-- A plan expires (ledger.allocation-plans.expiry, 24 hours by default); expired rows are deleted at the
-- next upload. Holding a file here records nothing: only its confirmation sends allocation commands.
CREATE TABLE allocation_plan (
    plan_id     VARCHAR(64)  PRIMARY KEY,
    file_name   VARCHAR(255) NOT NULL,
    content     BYTEA        NOT NULL,
    uploaded_by VARCHAR(255) NOT NULL,
    uploaded_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX allocation_plan_expiry ON allocation_plan (expires_at);
