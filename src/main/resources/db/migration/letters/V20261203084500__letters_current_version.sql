-- The number of a letter's current version, kept on the letter by the application (0 while it has none), so
-- that a letter and a list of letters are read without looking for their latest version.
ALTER TABLE letters_letter ADD COLUMN current_version INT NOT NULL DEFAULT 0;

UPDATE letters_letter l
   SET current_version = coalesce((SELECT max(v.number) FROM letters_letter_version v WHERE v.letter_id = l.id), 0);
