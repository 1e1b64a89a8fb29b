-- Every model call, recorded once (by its call id) from the ai module's ModelCallCompleted events.
CREATE TABLE usage_model_call (
    call_id       uuid PRIMARY KEY,
    tenant_id     uuid          NOT NULL,
    user_id       uuid,
    subject_type  varchar(40),
    subject_id    varchar(100),
    task          varchar(100)  NOT NULL,
    provider      varchar(40)   NOT NULL,
    model         varchar(200)  NOT NULL,
    input_tokens  bigint        NOT NULL CHECK (input_tokens >= 0),
    output_tokens bigint        NOT NULL CHECK (output_tokens >= 0),
    cost          numeric(20, 8),
    latency_ms    bigint        NOT NULL,
    outcome       varchar(20)   NOT NULL,
    completed_at  timestamptz   NOT NULL
);
CREATE INDEX usage_model_call_tenant_time ON usage_model_call (tenant_id, completed_at);

-- Monthly limits set by an admin; the holder is the organisation itself (holder_id = tenant_id) or a member.
CREATE TABLE usage_quota (
    tenant_id     uuid        NOT NULL,
    holder_id     uuid        NOT NULL,
    letters_limit bigint CHECK (letters_limit >= 0),
    tokens_limit  bigint CHECK (tokens_limit >= 0),
    updated_at    timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, holder_id)
);

-- What each holder has used (or reserved) in a month of the organisation's calendar.
CREATE TABLE usage_counter (
    tenant_id    uuid   NOT NULL,
    holder_id    uuid   NOT NULL,
    period_start date   NOT NULL,
    letters_used bigint NOT NULL DEFAULT 0,
    tokens_used  bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, holder_id, period_start)
);

-- A reservation taken before a model call, settled with the actual tokens or released after it.
CREATE TABLE usage_reservation (
    id              uuid PRIMARY KEY,
    tenant_id       uuid        NOT NULL,
    user_id         uuid        NOT NULL,
    period_start    date        NOT NULL,
    letters         integer     NOT NULL CHECK (letters >= 0),
    tokens_reserved bigint      NOT NULL CHECK (tokens_reserved >= 0),
    tokens_settled  bigint,
    status          varchar(10) NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX usage_reservation_tenant ON usage_reservation (tenant_id, created_at);
