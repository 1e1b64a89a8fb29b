-- Every search of the letters list reads search_text, which holds a letter's whole current text and is
-- compressed when it is long. LZ4 decompresses about twice as fast as PostgreSQL's own pglz, which was
-- most of a search's cost. A PostgreSQL built without LZ4 keeps pglz.
DO $$
BEGIN
  ALTER TABLE letters_letter ALTER COLUMN search_text SET COMPRESSION lz4;
  -- values keep the compression they were written with: write them again
  UPDATE letters_letter SET search_text = search_text || '';
EXCEPTION
  WHEN feature_not_supported THEN
    RAISE NOTICE 'This PostgreSQL has no LZ4: letters'' search text stays compressed with pglz';
END
$$;
