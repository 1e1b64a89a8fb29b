-- The final PDF of each signed or sent letter, archived once: which version and letterhead it was
-- printed from, the archived file and the verification code printed on it.
CREATE TABLE letters_archived_paper
(
  letter_id          UUID PRIMARY KEY REFERENCES letters_letter (id),
  tenant_id          UUID        NOT NULL,
  version            INT         NOT NULL CHECK (version >= 1),
  file_id            UUID        NOT NULL,
  sha256             CHAR(64)    NOT NULL,
  letterhead_id      UUID        NOT NULL,
  letterhead_version INT         NOT NULL,
  verification_code  TEXT        NOT NULL UNIQUE,
  archived_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX letters_archived_paper_by_tenant ON letters_archived_paper (tenant_id);
