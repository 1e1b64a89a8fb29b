-- assistant: a turn that runs is marked on its conversation, so a second turn waits for it and a member can stop it
-- from any instance; an answer a member stopped is kept, marked as stopped
ALTER TABLE assistant_conversation
  ADD COLUMN turn_started_at TIMESTAMPTZ,
  ADD COLUMN stop_requested  BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE assistant_message
  ADD COLUMN stopped BOOLEAN NOT NULL DEFAULT FALSE;
