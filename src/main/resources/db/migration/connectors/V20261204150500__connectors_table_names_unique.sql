-- Two tables of one source may no longer share a name (letters' case aside). Tables that already do keep their
-- oldest name; the others get the start of their id after it, which no other table's name can hold.
UPDATE connectors_table t
SET name = left(t.name, 189) || ' (' || left(t.id::text, 8) || ')'
FROM (SELECT id, row_number() OVER (PARTITION BY source_id, lower(name) ORDER BY created_at, id) AS n
      FROM connectors_table) d
WHERE d.id = t.id AND d.n > 1;

CREATE UNIQUE INDEX connectors_table_name_idx ON connectors_table (source_id, lower(name));
