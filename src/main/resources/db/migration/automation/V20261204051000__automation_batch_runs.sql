-- A batch run: one letter per record of a table, drafted from a request template by the run's writer.
CREATE TABLE automation_batch_run (
    id                uuid        PRIMARY KEY,
    tenant_id         uuid        NOT NULL,
    writer_id         uuid        NOT NULL,
    name              text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    source_id         uuid        NOT NULL,
    base_id           text        NOT NULL CHECK (length(base_id) <= 64),
    table_id          text        NOT NULL CHECK (length(table_id) <= 64),
    view_name         text        CHECK (length(view_name) <= 200),
    conditions        jsonb       NOT NULL,
    category          text        NOT NULL CHECK (length(category) <= 80),
    language          text        NOT NULL CHECK (language IN ('ar', 'en')),
    template          text        NOT NULL CHECK (length(template) <= 4000),
    submit_for_review boolean     NOT NULL,
    status            text        NOT NULL CHECK (status IN ('READY', 'RUNNING', 'PAUSED', 'COMPLETED', 'CANCELLED', 'FAILED')),
    round             integer     NOT NULL DEFAULT 1,
    job_execution_id  bigint,
    problem           text        CHECK (length(problem) <= 2000),
    created_at        timestamptz NOT NULL,
    started_at        timestamptz,
    finished_at       timestamptz,
    version           integer     NOT NULL DEFAULT 0
);
CREATE INDEX automation_batch_run_tenant ON automation_batch_run (tenant_id, created_at DESC);
CREATE INDEX automation_batch_run_running ON automation_batch_run (status) WHERE status = 'RUNNING';

-- One record of a run: what it was when the run started, and the letter drafted for it.
CREATE TABLE automation_batch_row (
    run_id     uuid        NOT NULL REFERENCES automation_batch_run (id) ON DELETE CASCADE,
    position   integer     NOT NULL,
    tenant_id  uuid        NOT NULL,
    record_id  text        NOT NULL CHECK (length(record_id) <= 200),
    fields     jsonb       NOT NULL,
    merge      jsonb       NOT NULL,
    status     text        NOT NULL CHECK (status IN ('WAITING', 'DRAFTING', 'DRAFTED', 'SUBMITTED', 'FAILED', 'SKIPPED')),
    letter_id  uuid,
    problem    jsonb,
    attempts   integer     NOT NULL DEFAULT 0,
    retries    integer     NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (run_id, position),
    UNIQUE (run_id, record_id)
);
CREATE INDEX automation_batch_row_status ON automation_batch_row (run_id, status);
