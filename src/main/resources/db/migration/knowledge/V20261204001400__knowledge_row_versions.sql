-- Categories and recipients are edited by several administrators: each row carries a version that every
-- change must name, so that a change made from a stale page is refused instead of overwriting another.
ALTER TABLE knowledge_category ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE knowledge_recipient ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
