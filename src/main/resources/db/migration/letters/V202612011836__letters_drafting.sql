-- Drafting: the recipient as it was when the letter was drafted, how its drafting went, what it can be found by,
-- the names of the members who wrote its versions, and the Idempotency-Keys of the requests that opened letters.

ALTER TABLE letters_letter
  ADD COLUMN recipient_name         TEXT,
  ADD COLUMN recipient_honorific    TEXT,
  ADD COLUMN recipient_job_title    TEXT,
  ADD COLUMN recipient_gender       TEXT CHECK (recipient_gender IN ('MALE', 'FEMALE')),
  ADD COLUMN recipient_organisation TEXT,
  -- the recipient's name and organisation normalised, which tells whether the organisation wrote to them before
  ADD COLUMN recipient_key          TEXT,
  -- WRITING until the first version is stored, then DONE; FAILED with the problem when no valid letter came
  ADD COLUMN drafting               TEXT NOT NULL DEFAULT 'DONE' CHECK (drafting IN ('WRITING', 'DONE', 'FAILED')),
  ADD COLUMN drafting_problem       TEXT,
  -- the recipient and the current version's text, normalised for search (ArabicText.normalizeForSearch)
  ADD COLUMN search_text            TEXT NOT NULL DEFAULT '';

CREATE INDEX letters_letter_by_tenant_created ON letters_letter (tenant_id, created_at DESC);
CREATE INDEX letters_letter_by_recipient ON letters_letter (tenant_id, recipient_id);
CREATE INDEX letters_letter_by_recipient_key ON letters_letter (tenant_id, recipient_key);

-- The names of the members who wrote letters or versions, as they were when they last did.
CREATE TABLE letters_author
(
  tenant_id  UUID        NOT NULL,
  member_id  UUID        NOT NULL,
  name       TEXT        NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (tenant_id, member_id)
);

-- A POST that opened a letter, by its Idempotency-Key: a retry with the same key and body gets the same letter.
CREATE TABLE letters_idempotency_key
(
  tenant_id    UUID        NOT NULL,
  user_id      UUID        NOT NULL,
  key          TEXT        NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  request_hash TEXT        NOT NULL,
  letter_id    UUID        NOT NULL REFERENCES letters_letter (id),
  created_at   TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (tenant_id, user_id, key)
);
