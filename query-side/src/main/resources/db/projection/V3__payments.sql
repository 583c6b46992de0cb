-- Each payment of a project and the fund sources it was drawn from, for fund tracing and project funding.
CREATE TABLE payment_view (
    project_id      VARCHAR(64) NOT NULL,
    disbursement_id VARCHAR(64) NOT NULL,
    payee           TEXT        NOT NULL,
    voucher_no      TEXT        NOT NULL,
    amount          BIGINT      NOT NULL,
    reversed        BOOLEAN     NOT NULL DEFAULT FALSE,
    reversal_reason TEXT,
    recorded_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (project_id, disbursement_id)
);

CREATE TABLE payment_split_view (
    project_id      VARCHAR(64) NOT NULL,
    disbursement_id VARCHAR(64) NOT NULL,
    fund_id         VARCHAR(64) NOT NULL,
    amount          BIGINT      NOT NULL,
    PRIMARY KEY (project_id, disbursement_id, fund_id)
);
CREATE INDEX payment_split_view_fund ON payment_split_view (fund_id);
