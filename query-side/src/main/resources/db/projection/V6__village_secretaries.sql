-- First Secretaries per village, from SecretaryAssigned and SecretaryRecalled: who may see and run a village.
CREATE TABLE village_secretary (
    village_id       VARCHAR(64) NOT NULL,
    username         VARCHAR(64) NOT NULL,
    name             TEXT        NOT NULL,
    dispatching_unit TEXT        NOT NULL,
    since            DATE        NOT NULL,
    recalled_on      DATE,
    PRIMARY KEY (village_id, username)
);

CREATE INDEX village_secretary_username ON village_secretary (username) WHERE recalled_on IS NULL;
