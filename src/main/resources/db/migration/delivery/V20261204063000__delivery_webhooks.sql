-- Outbound webhooks: the endpoints an organisation registers, each with its whsec_ secret sealed (shown once,
-- at creation) and the event types it takes; an endpoint that keeps failing is paused until its owner resumes it.
CREATE TABLE delivery_webhook_endpoints (
    id                   uuid        PRIMARY KEY,
    tenant_id            uuid        NOT NULL,
    url                  text        NOT NULL CHECK (length(url) <= 2000),
    event_types          text[]      NOT NULL,
    secret_sealed        bytea       NOT NULL,
    secret_hint          text        NOT NULL,
    paused               boolean     NOT NULL DEFAULT false,
    failed_messages      integer     NOT NULL DEFAULT 0,
    created_by           uuid        NOT NULL,
    created_at           timestamptz NOT NULL,
    paused_at            timestamptz
);
CREATE INDEX delivery_webhook_endpoints_tenant ON delivery_webhook_endpoints (tenant_id, created_at);

-- One event for one endpoint: its body is signed and sent as it was first written, retried until it goes or its
-- 24 hours (from its creation or its last replay) run out.
CREATE TABLE delivery_webhook_messages (
    id               uuid        PRIMARY KEY,
    tenant_id        uuid        NOT NULL,
    endpoint_id      uuid        NOT NULL REFERENCES delivery_webhook_endpoints (id) ON DELETE CASCADE,
    event_type       text        NOT NULL CHECK (length(event_type) <= 40),
    -- the event it was made for: an event delivered again to the listener makes no second message
    event_key        text        NOT NULL CHECK (length(event_key) <= 200),
    body             text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     NOT NULL DEFAULT 0,
    window_start     timestamptz NOT NULL,
    next_attempt_at  timestamptz NOT NULL,
    last_error       text,
    created_at       timestamptz NOT NULL,
    finished_at      timestamptz
);
CREATE UNIQUE INDEX delivery_webhook_messages_event ON delivery_webhook_messages (endpoint_id, event_key);
CREATE INDEX delivery_webhook_messages_due ON delivery_webhook_messages (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_webhook_messages_endpoint ON delivery_webhook_messages (tenant_id, endpoint_id, created_at);

-- Every try: what the endpoint answered (its HTTP status, or why there was no answer) and how long it took.
CREATE TABLE delivery_webhook_attempts (
    id           uuid        PRIMARY KEY,
    tenant_id    uuid        NOT NULL,
    message_id   uuid        NOT NULL REFERENCES delivery_webhook_messages (id) ON DELETE CASCADE,
    endpoint_id  uuid        NOT NULL,
    attempt      integer     NOT NULL,
    status_code  integer,
    outcome      text        NOT NULL,
    detail       text,
    duration_ms  bigint      NOT NULL,
    at           timestamptz NOT NULL
);
CREATE INDEX delivery_webhook_attempts_endpoint ON delivery_webhook_attempts (tenant_id, endpoint_id, at);
