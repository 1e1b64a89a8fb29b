-- Each organisation's WhatsApp Cloud API account: the phone number letters are sent from, its access token
-- and its Meta app's secret (which signs status callbacks), both sealed; callbacks come to a URL named by an
-- unguessable id, answered with the verify token when Meta checks the URL.
CREATE TABLE delivery_whatsapp (
    tenant_id          uuid        PRIMARY KEY,
    api_url            text        NOT NULL CHECK (length(api_url) <= 300),
    phone_number_id    text        NOT NULL CHECK (length(phone_number_id) <= 64),
    token_sealed       bytea       NOT NULL,
    token_hint         text        NOT NULL,
    app_secret_sealed  bytea       NOT NULL,
    callback_id        text        NOT NULL UNIQUE,
    verify_token       text        NOT NULL,
    updated_at         timestamptz NOT NULL
);

-- What the provider says became of a delivered message: WhatsApp's message id and its last status.
ALTER TABLE delivery_jobs
    ADD COLUMN provider_message_id text CHECK (length(provider_message_id) <= 200),
    ADD COLUMN provider_status     text CHECK (length(provider_status) <= 40),
    ADD COLUMN provider_status_at  timestamptz;
-- not unique: a provider's id must never make a delivered message's record fail to commit
CREATE INDEX delivery_jobs_provider_message ON delivery_jobs (tenant_id, provider_message_id)
    WHERE provider_message_id IS NOT NULL;
