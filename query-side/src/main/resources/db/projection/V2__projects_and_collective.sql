CREATE TABLE project_view (
    project_id          VARCHAR(64) PRIMARY KEY,
    village_id          VARCHAR(64) NOT NULL,
    type                VARCHAR(32) NOT NULL,
    name                TEXT        NOT NULL,
    status              VARCHAR(16) NOT NULL,
    budget              BIGINT      NOT NULL,
    committed           BIGINT      NOT NULL DEFAULT 0,
    released            BIGINT      NOT NULL DEFAULT 0,
    disbursed           BIGINT      NOT NULL DEFAULT 0,
    progress_percent    INTEGER     NOT NULL DEFAULT 0,
    planned_start       DATE        NOT NULL,
    planned_end         DATE        NOT NULL,
    started_on          DATE,
    last_milestone_on   DATE,
    spec                TEXT        NOT NULL
);
CREATE INDEX project_view_village ON project_view (village_id);

-- A project's money per fund source: what was committed from it, paid from it, and released back.
CREATE TABLE project_fund_view (
    project_id VARCHAR(64) NOT NULL,
    fund_id    VARCHAR(64) NOT NULL,
    committed  BIGINT      NOT NULL DEFAULT 0,
    released   BIGINT      NOT NULL DEFAULT 0,
    disbursed  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (project_id, fund_id)
);

CREATE TABLE milestone_view (
    project_id       VARCHAR(64) NOT NULL,
    milestone_id     VARCHAR(64) NOT NULL,
    title            TEXT        NOT NULL,
    reported_on      DATE        NOT NULL,
    progress_percent INTEGER     NOT NULL,
    note             TEXT        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (project_id, milestone_id)
);

-- Income and spending of a village's collective account (not poverty-fund money).
CREATE TABLE collective_entry_view (
    village_id       VARCHAR(64) NOT NULL,
    entry_id         VARCHAR(64) NOT NULL,
    kind             VARCHAR(8)  NOT NULL CHECK (kind IN ('INCOME', 'SPENDING')),
    amount           BIGINT      NOT NULL,
    category         VARCHAR(32) NOT NULL,
    asset_project_id VARCHAR(64),
    period           VARCHAR(7),
    reference        TEXT        NOT NULL,
    recorded_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (village_id, entry_id)
);
