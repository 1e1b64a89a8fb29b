-- the kind of problem that stopped an import, so a page can say it in its reader's language
ALTER TABLE connectors_import ADD COLUMN problem_type VARCHAR(80);
