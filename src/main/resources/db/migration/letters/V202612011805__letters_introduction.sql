-- The organisation's introduction paragraph, one per language, put in a first letter to a recipient.
CREATE TABLE letters_introduction
(
  tenant_id  UUID        NOT NULL,
  language   TEXT        NOT NULL CHECK (language IN ('ar', 'en')),
  text       TEXT        NOT NULL CHECK (length(text) BETWEEN 1 AND 1500),
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (tenant_id, language)
);
