-- Letters: each organisation's writing knowledge, its letters and their immutable versions.
-- Every row belongs to one organisation (tenant_id) and every query filters by it.

CREATE TABLE letters_category
(
  id               UUID PRIMARY KEY,
  tenant_id        UUID        NOT NULL,
  category_key     TEXT        NOT NULL,
  arabic_name      TEXT        NOT NULL,
  english_name     TEXT        NOT NULL,
  closing_style    TEXT        NOT NULL CHECK (closing_style IN ('formal', 'wish')),
  arabic_closing   TEXT        NOT NULL,
  english_closing  TEXT        NOT NULL,
  basmala          BOOLEAN     NOT NULL,
  arabic_subject   TEXT        NOT NULL,
  english_subject  TEXT        NOT NULL,
  created_at       TIMESTAMPTZ NOT NULL,
  UNIQUE (tenant_id, category_key)
);

CREATE TABLE letters_style_rule
(
  id           UUID PRIMARY KEY,
  tenant_id    UUID        NOT NULL,
  category_key TEXT,
  text         TEXT        NOT NULL CHECK (length(text) <= 500),
  created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX letters_style_rule_by_tenant ON letters_style_rule (tenant_id, category_key);

CREATE TABLE letters_reference_letter
(
  id           UUID PRIMARY KEY,
  tenant_id    UUID        NOT NULL,
  category_key TEXT        NOT NULL,
  text         TEXT        NOT NULL CHECK (length(text) <= 6000),
  created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX letters_reference_letter_by_tenant ON letters_reference_letter (tenant_id, category_key);

CREATE TABLE letters_recipient
(
  id           UUID PRIMARY KEY,
  tenant_id    UUID        NOT NULL,
  name         TEXT,
  honorific    TEXT        NOT NULL,
  job_title    TEXT,
  gender       TEXT CHECK (gender IN ('MALE', 'FEMALE')),
  organisation TEXT,
  email        TEXT,
  phone        TEXT,
  created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX letters_recipient_by_tenant ON letters_recipient (tenant_id);

CREATE TABLE letters_writer_preference
(
  id         UUID PRIMARY KEY,
  tenant_id  UUID        NOT NULL,
  writer_id  UUID        NOT NULL,
  text       TEXT        NOT NULL CHECK (length(text) <= 300),
  created_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX letters_writer_preference_by_writer ON letters_writer_preference (tenant_id, writer_id);

CREATE TABLE letters_letter
(
  id            UUID PRIMARY KEY,
  tenant_id     UUID        NOT NULL,
  writer_id     UUID        NOT NULL,
  category_key  TEXT        NOT NULL,
  language      TEXT        NOT NULL CHECK (language IN ('ar', 'en')),
  status        TEXT        NOT NULL,
  recipient_id  UUID REFERENCES letters_recipient (id),
  reply_to_id   UUID REFERENCES letters_letter (id),
  follows_up_id UUID REFERENCES letters_letter (id),
  version       BIGINT      NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX letters_letter_by_tenant ON letters_letter (tenant_id, status);

-- A version is never changed or removed: restoring or editing adds a new one.
CREATE TABLE letters_letter_version
(
  id            UUID PRIMARY KEY,
  tenant_id     UUID        NOT NULL,
  letter_id     UUID        NOT NULL REFERENCES letters_letter (id),
  number        INT         NOT NULL CHECK (number >= 1),
  content       TEXT        NOT NULL,
  author_id     UUID        NOT NULL,
  source        TEXT        NOT NULL CHECK (source IN ('DRAFTED', 'DRAFTED_WITHOUT_AI', 'EDITED_BY_HAND', 'EDITED_BY_CHAT', 'RESTORED')),
  model         TEXT,
  input_tokens  INT,
  output_tokens INT,
  created_at    TIMESTAMPTZ NOT NULL,
  UNIQUE (letter_id, number)
);

CREATE FUNCTION letters_version_is_immutable() RETURNS trigger AS
$$
BEGIN
  RAISE EXCEPTION 'letter versions are immutable';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER letters_letter_version_immutable
  BEFORE UPDATE OR DELETE ON letters_letter_version
  FOR EACH ROW EXECUTE FUNCTION letters_version_is_immutable();
