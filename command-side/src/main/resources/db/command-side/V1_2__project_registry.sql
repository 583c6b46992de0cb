-- Which village each project belongs to: project ids are unique across villages, and commands about a
-- project name only the project. Written in the proposing command's transaction.
CREATE TABLE project_registry (
    project_id VARCHAR(64) PRIMARY KEY,
    village_id VARCHAR(64) NOT NULL
);
