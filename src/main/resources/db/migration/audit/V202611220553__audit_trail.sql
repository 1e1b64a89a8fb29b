-- The audit trail: one hash chain per organisation, plus one (chain id 00000000-...) for entries
-- that belong to no organisation, such as a sign-in attempt for an unknown e-mail.

-- The head of each chain: its last position and hash. Appends lock this row (SELECT ... FOR UPDATE),
-- so concurrent appends to one chain happen one after another.
CREATE TABLE audit_chain
(
  chain_id      UUID PRIMARY KEY,
  last_sequence BIGINT   NOT NULL CHECK (last_sequence >= 0),
  last_hash     CHAR(64) NOT NULL
);

CREATE TABLE audit_entry
(
  id             UUID PRIMARY KEY,
  chain_id       UUID        NOT NULL REFERENCES audit_chain (chain_id),
  sequence       BIGINT      NOT NULL CHECK (sequence > 0),
  tenant_id      UUID,
  actor_id       UUID,
  actor          TEXT        NOT NULL,
  action         TEXT        NOT NULL,
  target_type    TEXT        NOT NULL,
  target_id      TEXT,
  outcome        TEXT        NOT NULL CHECK (outcome IN ('SUCCESS', 'FAILURE', 'DENIED')),
  source_address TEXT,
  occurred_at    TIMESTAMPTZ NOT NULL,
  details        JSONB       NOT NULL,
  previous_hash  CHAR(64)    NOT NULL,
  hash           CHAR(64)    NOT NULL,
  CONSTRAINT audit_entry_position UNIQUE (chain_id, sequence),
  CONSTRAINT audit_entry_chain_is_tenant CHECK (chain_id = coalesce(tenant_id, '00000000-0000-0000-0000-000000000000'))
);

CREATE INDEX audit_entry_by_tenant_sequence ON audit_entry (tenant_id, sequence);
CREATE INDEX audit_entry_by_tenant_time ON audit_entry (tenant_id, occurred_at);
CREATE INDEX audit_entry_by_tenant_action ON audit_entry (tenant_id, action);

-- Append-only in the database too. A trigger rather than REVOKE: the application connects as the
-- owner of its tables (and, embedded, as a superuser), and privileges do not bind an owner or a
-- superuser, while a trigger refuses the statement whoever sends it. Someone with the rights to
-- disable the trigger can still change rows: the hash chain is what makes that change visible.
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger
  LANGUAGE plpgsql AS
$$
BEGIN
  RAISE EXCEPTION 'audit entries are append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_append_only
  BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_no_truncate
  BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
