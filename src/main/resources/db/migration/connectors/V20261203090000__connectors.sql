-- Data sources of organisations, their built-in tables, field mappings, imports and change watching.

-- a data source; its credential is sealed by the platform's secret box, bound to the row's id
CREATE TABLE connectors_source
(
  id                UUID PRIMARY KEY,
  tenant_id         UUID         NOT NULL,
  kind              VARCHAR(20)  NOT NULL CHECK (kind IN ('AIRTABLE', 'GOOGLE_SHEETS', 'BUILT_IN')),
  name              VARCHAR(200) NOT NULL,
  credential_sealed BYTEA,
  credential_hint   VARCHAR(20),
  settings          JSONB        NOT NULL DEFAULT '{}',
  created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX connectors_source_tenant_idx ON connectors_source (tenant_id);

-- tables kept in Katib: their fields as JSON [{name, type}], their rows' values as JSON by field name
CREATE TABLE connectors_table
(
  id         UUID PRIMARY KEY,
  tenant_id  UUID         NOT NULL,
  source_id  UUID         NOT NULL REFERENCES connectors_source (id) ON DELETE CASCADE,
  name       VARCHAR(200) NOT NULL,
  fields     JSONB        NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX connectors_table_source_idx ON connectors_table (source_id);

CREATE TABLE connectors_row
(
  id          UUID PRIMARY KEY,
  tenant_id   UUID  NOT NULL,
  table_id    UUID  NOT NULL REFERENCES connectors_table (id) ON DELETE CASCADE,
  cells       JSONB NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  modified_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX connectors_row_table_idx ON connectors_row (table_id, id);

-- which column gives each letter field and merge field, per table
CREATE TABLE connectors_mapping
(
  source_id    UUID        NOT NULL REFERENCES connectors_source (id) ON DELETE CASCADE,
  base_id      VARCHAR(64) NOT NULL,
  table_id     VARCHAR(64) NOT NULL,
  tenant_id    UUID        NOT NULL,
  fields       JSONB       NOT NULL,
  merge_fields JSONB       NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (source_id, base_id, table_id)
);

-- an import: its rows are stored first, so a restart resumes it where it stopped
CREATE TABLE connectors_import
(
  id          UUID PRIMARY KEY,
  tenant_id   UUID        NOT NULL,
  source_id   UUID        NOT NULL REFERENCES connectors_source (id) ON DELETE CASCADE,
  base_id     VARCHAR(64) NOT NULL,
  table_id    VARCHAR(64) NOT NULL,
  requested_by UUID       NOT NULL,
  request     JSONB       NOT NULL,
  status      VARCHAR(10) NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
  total       INT         NOT NULL,
  processed   INT         NOT NULL DEFAULT 0,
  created     INT         NOT NULL DEFAULT 0,
  updated     INT         NOT NULL DEFAULT 0,
  failures    JSONB       NOT NULL DEFAULT '[]',
  problem     VARCHAR(1000),
  started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at TIMESTAMP WITH TIME ZONE,
  -- a retry with the same Idempotency-Key and the same rows gets this import back
  idempotency_key VARCHAR(200),
  request_hash    CHAR(64)    NOT NULL
);
CREATE INDEX connectors_import_tenant_idx ON connectors_import (tenant_id);
CREATE UNIQUE INDEX connectors_import_idempotency_idx ON connectors_import (tenant_id, requested_by, idempotency_key);

-- an Airtable webhook of a base, and how far its payloads have been read
CREATE TABLE connectors_webhook
(
  source_id         UUID         NOT NULL REFERENCES connectors_source (id) ON DELETE CASCADE,
  base_id           VARCHAR(64)  NOT NULL,
  tenant_id         UUID         NOT NULL,
  webhook_id        VARCHAR(64)  NOT NULL UNIQUE,
  mac_secret_sealed BYTEA        NOT NULL,
  cursor            BIGINT       NOT NULL DEFAULT 1,
  expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (source_id, base_id)
);

-- polling: the last moment up to which a table's changes were seen
CREATE TABLE connectors_watch
(
  source_id  UUID        NOT NULL REFERENCES connectors_source (id) ON DELETE CASCADE,
  base_id    VARCHAR(64) NOT NULL,
  table_id   VARCHAR(64) NOT NULL,
  tenant_id  UUID        NOT NULL,
  seen_until TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (source_id, base_id, table_id)
);
