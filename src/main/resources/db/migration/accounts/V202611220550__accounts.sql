-- Organisations (tenants), their people and how they sign in.

CREATE TABLE accounts_organisation
(
  id               UUID PRIMARY KEY,
  name_ar          VARCHAR(200) NOT NULL,
  name_en          VARCHAR(200) NOT NULL,
  time_zone        VARCHAR(64)  NOT NULL DEFAULT 'Asia/Riyadh',
  default_language VARCHAR(2)   NOT NULL DEFAULT 'ar' CHECK (default_language IN ('ar', 'en')),
  digits           VARCHAR(10)  NOT NULL DEFAULT 'ARABIC' CHECK (digits IN ('ARABIC', 'LATIN')),
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- a person; e-mail addresses are unique whatever their case
CREATE TABLE accounts_user
(
  id                   UUID PRIMARY KEY,
  email                VARCHAR(254) NOT NULL,
  name                 VARCHAR(200) NOT NULL,
  phone                VARCHAR(40),
  job_title            VARCHAR(200),
  gender               VARCHAR(10) CHECK (gender IN ('FEMALE', 'MALE')),
  language             VARCHAR(2)   NOT NULL DEFAULT 'ar' CHECK (language IN ('ar', 'en')),
  password_hash        VARCHAR(255),
  must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
  password_changed_at  TIMESTAMP WITH TIME ZONE,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX accounts_user_email_idx ON accounts_user (lower(email));

-- a person's place in one organisation; the member's id is the user's id
CREATE TABLE accounts_membership
(
  user_id    UUID PRIMARY KEY REFERENCES accounts_user (id),
  tenant_id  UUID         NOT NULL REFERENCES accounts_organisation (id),
  status     VARCHAR(10)  NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'DISABLED')),
  roles      VARCHAR(10)[] NOT NULL,
  version    INT          NOT NULL DEFAULT 0,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX accounts_membership_tenant_idx ON accounts_membership (tenant_id);

-- one row per browser sign-in, so a member can see and end their sessions
CREATE TABLE accounts_browser_session
(
  id           UUID PRIMARY KEY,
  tenant_id    UUID NOT NULL,
  user_id      UUID NOT NULL REFERENCES accounts_user (id),
  signed_in_at TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
  address      VARCHAR(64),
  user_agent   VARCHAR(200),
  ended_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX accounts_browser_session_user_idx ON accounts_browser_session (user_id);

-- keys that sign access tokens; old keys keep verifying until retire_at
CREATE TABLE accounts_signing_key
(
  kid         VARCHAR(64) PRIMARY KEY,
  algorithm   VARCHAR(10) NOT NULL,
  private_key BYTEA       NOT NULL,
  public_key  BYTEA       NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  retire_at   TIMESTAMP WITH TIME ZONE
);

-- opaque refresh tokens, stored as SHA-256 hashes; a family is one chain of rotations
CREATE TABLE accounts_refresh_token
(
  id         UUID PRIMARY KEY,
  family_id  UUID  NOT NULL,
  tenant_id  UUID  NOT NULL,
  user_id    UUID  NOT NULL REFERENCES accounts_user (id),
  token_hash BYTEA NOT NULL UNIQUE,
  issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at    TIMESTAMP WITH TIME ZONE,
  revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX accounts_refresh_token_family_idx ON accounts_refresh_token (family_id);

CREATE TABLE accounts_api_key
(
  id           UUID PRIMARY KEY,
  tenant_id    UUID          NOT NULL REFERENCES accounts_organisation (id),
  created_by   UUID          NOT NULL REFERENCES accounts_user (id),
  name         VARCHAR(100)  NOT NULL,
  prefix       VARCHAR(20)   NOT NULL,
  key_hash     BYTEA         NOT NULL UNIQUE,
  scopes       VARCHAR(10)[] NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at TIMESTAMP WITH TIME ZONE,
  revoked_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX accounts_api_key_tenant_idx ON accounts_api_key (tenant_id);

-- failed sign-ins per account ('account:<id>') and per client address ('address:<ip>')
CREATE TABLE accounts_sign_in_throttle
(
  subject         VARCHAR(120) PRIMARY KEY,
  failures        INT NOT NULL,
  last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_until    TIMESTAMP WITH TIME ZONE
);

-- addresses a member signed in from successfully: an account lockout does not apply there, so
-- nobody elsewhere can keep a member out by failing on purpose
CREATE TABLE accounts_known_address
(
  user_id         UUID        NOT NULL REFERENCES accounts_user (id),
  address         VARCHAR(64) NOT NULL,
  last_success_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (user_id, address)
);

-- single-use links sent by e-mail (password reset, invitation), stored as SHA-256 hashes
CREATE TABLE accounts_one_time_token
(
  id         UUID PRIMARY KEY,
  purpose    VARCHAR(20) NOT NULL CHECK (purpose IN ('PASSWORD_RESET', 'INVITATION')),
  tenant_id  UUID        NOT NULL,
  user_id    UUID        NOT NULL REFERENCES accounts_user (id),
  token_hash BYTEA       NOT NULL UNIQUE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at    TIMESTAMP WITH TIME ZONE
);

-- messages kept for an administrator to read when no SMTP server is configured
CREATE TABLE accounts_outbox_mail
(
  id         UUID PRIMARY KEY,
  tenant_id  UUID         NOT NULL,
  recipient  VARCHAR(254) NOT NULL,
  subject    VARCHAR(300) NOT NULL,
  text_body  TEXT         NOT NULL,
  html_body  TEXT         NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX accounts_outbox_mail_tenant_idx ON accounts_outbox_mail (tenant_id, created_at);
