-- assistant: each member's conversations with the assistant, and their messages in order (the member's questions,
-- the model's answers with the tools it called, and the tools' results)
CREATE TABLE assistant_conversation
(
  id         UUID PRIMARY KEY,
  tenant_id  UUID        NOT NULL,
  member_id  UUID        NOT NULL,
  title      TEXT        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX assistant_conversation_owner ON assistant_conversation (tenant_id, member_id, updated_at DESC);

CREATE TABLE assistant_message
(
  conversation_id UUID        NOT NULL REFERENCES assistant_conversation (id) ON DELETE CASCADE,
  position        INT         NOT NULL CHECK (position >= 0),
  tenant_id       UUID        NOT NULL,
  kind            TEXT        NOT NULL CHECK (kind IN ('USER', 'ASSISTANT', 'TOOL_RESULT')),
  body            JSONB       NOT NULL,
  created_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (conversation_id, position)
);
