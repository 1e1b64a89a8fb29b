-- The archived PDF of each signed letter, learnt from paper's LetterArchived event.
CREATE TABLE delivery_archived_letters (
    tenant_id   uuid        NOT NULL,
    letter_id   uuid        NOT NULL,
    file_id     uuid        NOT NULL,
    version     integer     NOT NULL,
    verification_code text  NOT NULL,
    archived_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, letter_id)
);

-- One delivery of one letter to one recipient over one channel: a durable job, polled with SKIP LOCKED.
CREATE TABLE delivery_jobs (
    id            uuid        PRIMARY KEY,
    tenant_id     uuid        NOT NULL,
    letter_id     uuid        NOT NULL,
    channel       text        NOT NULL CHECK (channel IN ('EMAIL', 'WHATSAPP')),
    recipient     text        NOT NULL CHECK (length(recipient) <= 320),
    requested_by  uuid        NOT NULL,
    idempotency_key text      CHECK (length(idempotency_key) <= 200),
    status        text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts      integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    last_error    text,
    created_at    timestamptz NOT NULL,
    finished_at   timestamptz
);
CREATE INDEX delivery_jobs_due ON delivery_jobs (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_jobs_letter ON delivery_jobs (tenant_id, letter_id);
CREATE UNIQUE INDEX delivery_jobs_idempotency ON delivery_jobs (tenant_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;

-- Every attempt, with its outcome.
CREATE TABLE delivery_attempts (
    id          uuid        PRIMARY KEY,
    tenant_id   uuid        NOT NULL,
    job_id      uuid        NOT NULL REFERENCES delivery_jobs (id) ON DELETE CASCADE,
    attempt     integer     NOT NULL,
    outcome     text        NOT NULL CHECK (outcome IN ('DELIVERED', 'RETRYING', 'FAILED')),
    detail      text,
    at          timestamptz NOT NULL
);
CREATE INDEX delivery_attempts_job ON delivery_attempts (tenant_id, job_id, attempt);
