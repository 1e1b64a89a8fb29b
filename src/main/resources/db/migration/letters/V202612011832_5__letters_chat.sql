-- The chat on a letter: every instruction and every answer, kept as long as the letter (no expiry).
CREATE TABLE letters_chat_message
(
  id             UUID PRIMARY KEY,
  position       BIGSERIAL   NOT NULL,
  tenant_id      UUID        NOT NULL,
  letter_id      UUID        NOT NULL REFERENCES letters_letter (id),
  author_id      UUID        NOT NULL,
  author_name    TEXT        NOT NULL,
  role           TEXT        NOT NULL CHECK (role IN ('USER', 'ASSISTANT')),
  text           TEXT        NOT NULL,
  summary        TEXT,
  version_number INT,
  problem_type   TEXT,
  created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX letters_chat_message_by_letter ON letters_chat_message (tenant_id, letter_id, position);
CREATE INDEX letters_chat_message_by_author ON letters_chat_message (tenant_id, author_id, role, position);

-- A preference offered to a writer after a recurring instruction; saved only when they accept it.
CREATE TABLE letters_preference_suggestion
(
  id          UUID PRIMARY KEY,
  tenant_id   UUID        NOT NULL,
  writer_id   UUID        NOT NULL,
  letter_id   UUID        NOT NULL REFERENCES letters_letter (id),
  message_id  UUID        NOT NULL REFERENCES letters_chat_message (id),
  text        TEXT        NOT NULL,
  status      TEXT        NOT NULL CHECK (status IN ('OFFERED', 'ACCEPTED', 'DISMISSED')),
  created_at  TIMESTAMPTZ NOT NULL,
  decided_at  TIMESTAMPTZ
);
CREATE INDEX letters_preference_suggestion_by_writer ON letters_preference_suggestion (tenant_id, writer_id, status);
