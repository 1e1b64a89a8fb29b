-- How a signer is told of the letters waiting for their signature: one digest at a time, never one message per
-- letter. IMMEDIATE sends a digest once a batch of approvals settles (at most every quarter of an hour while
-- letters keep arriving), DAILY one a day in the morning, OFF none. The phone is for WhatsApp.
CREATE TABLE delivery_digest_setting (
    tenant_id  uuid        NOT NULL,
    member_id  uuid        NOT NULL,
    frequency  varchar(10) NOT NULL CHECK (frequency IN ('IMMEDIATE', 'DAILY', 'OFF')),
    phone      varchar(16) CHECK (phone ~ '^[1-9][0-9]{7,14}$'),
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, member_id)
);

-- Letters approved and not yet told to a signer in a digest.
CREATE TABLE delivery_digest_pending (
    tenant_id uuid        NOT NULL,
    member_id uuid        NOT NULL,
    letter_id uuid        NOT NULL,
    subject   text        NOT NULL,
    added_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, member_id, letter_id)
);

-- Every digest sent: how many letters, by which channels, when.
CREATE TABLE delivery_digest_sent (
    id        uuid        PRIMARY KEY,
    tenant_id uuid        NOT NULL,
    member_id uuid        NOT NULL,
    letters   integer     NOT NULL,
    channels  varchar(40) NOT NULL,
    sent_at   timestamptz NOT NULL
);
CREATE INDEX delivery_digest_sent_member ON delivery_digest_sent (tenant_id, member_id, sent_at DESC);
