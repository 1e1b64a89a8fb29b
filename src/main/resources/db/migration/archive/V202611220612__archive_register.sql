-- Organisations that keep a register of their issued letters in a Google Sheet, and the letters
-- already written to it (so a retried event never writes a row twice).
CREATE TABLE archive_register
(
  tenant_id      UUID PRIMARY KEY,
  spreadsheet_id TEXT        NOT NULL,
  sheet_name     TEXT        NOT NULL,
  updated_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE archive_register_row
(
  file_id     UUID PRIMARY KEY,
  tenant_id   UUID        NOT NULL,
  appended_at TIMESTAMPTZ NOT NULL
);
