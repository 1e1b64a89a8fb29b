-- Files kept in each organisation's archive, with the fingerprint that proves their content and
-- their text prepared for Arabic-aware full-text search.
CREATE TABLE archive_file
(
  id                UUID PRIMARY KEY,
  tenant_id         UUID        NOT NULL,
  kind              TEXT        NOT NULL,
  filename          TEXT        NOT NULL,
  content_type      TEXT        NOT NULL,
  size_bytes        BIGINT      NOT NULL CHECK (size_bytes >= 0),
  sha256            CHAR(64)    NOT NULL,
  storage           TEXT        NOT NULL,
  location          TEXT        NOT NULL,
  stored_at         TIMESTAMPTZ NOT NULL,
  stored_by         UUID,
  subject_type      TEXT,
  subject_id        TEXT,
  title             TEXT,
  document_date     DATE        NOT NULL,
  attributes        JSONB       NOT NULL DEFAULT '{}'::jsonb,
  verification_code TEXT UNIQUE,
  display_text      TEXT        NOT NULL DEFAULT '',
  content_index     TEXT        NOT NULL DEFAULT '',
  search_text       TEXT        NOT NULL DEFAULT '',
  search_vector     TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED
);

CREATE INDEX archive_file_by_tenant_and_date ON archive_file (tenant_id, document_date DESC, stored_at DESC);
CREATE INDEX archive_file_by_subject ON archive_file (tenant_id, subject_type, subject_id);
CREATE INDEX archive_file_search ON archive_file USING GIN (search_vector);
CREATE INDEX archive_file_attributes ON archive_file USING GIN (attributes jsonb_path_ops);
