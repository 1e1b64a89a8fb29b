-- An organisation's own phrases for drafting without a model, per language, in the YAML form of Katib's
-- default bank (letters/phrases/ar.yaml and en.yaml); a language without a row uses Katib's phrases.
CREATE TABLE letters_phrase_bank
(
  tenant_id  UUID        NOT NULL,
  language   VARCHAR(2)  NOT NULL CHECK (language IN ('ar', 'en')),
  yaml       TEXT        NOT NULL,
  updated_by UUID        NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (tenant_id, language)
);
