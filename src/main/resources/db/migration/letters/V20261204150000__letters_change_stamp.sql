-- The number of an organisation's letters and the sum of their row versions, read in one index-only scan, tell
-- whether any of them changed since a search was counted (MatchCounts).
CREATE INDEX letters_letter_change_stamp ON letters_letter (tenant_id) INCLUDE (version);
