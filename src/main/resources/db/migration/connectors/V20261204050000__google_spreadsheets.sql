-- The spreadsheets a Google Sheets source reads. A service account cannot list what is shared with it
-- (that needs the Drive API), so the organisation adds each spreadsheet by its link.
CREATE TABLE connectors_spreadsheet
(
  source_id      UUID         NOT NULL REFERENCES connectors_source (id) ON DELETE CASCADE,
  tenant_id      UUID         NOT NULL,
  spreadsheet_id VARCHAR(100) NOT NULL,
  title          VARCHAR(300) NOT NULL,
  added_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (source_id, spreadsheet_id)
);

-- What each row of a watched sheet held when it was last polled, so that changed rows can be found:
-- a sheet says nothing of when a row changed.
CREATE TABLE connectors_sheet_row
(
  source_id      UUID         NOT NULL REFERENCES connectors_source (id) ON DELETE CASCADE,
  spreadsheet_id VARCHAR(100) NOT NULL,
  sheet_id       VARCHAR(20)  NOT NULL,
  row_number     INTEGER      NOT NULL,
  digest         VARCHAR(64)  NOT NULL,
  changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (source_id, spreadsheet_id, sheet_id, row_number)
);
