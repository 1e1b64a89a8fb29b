-- A restored version remembers which earlier version it brought back, so the versions list can say so.
ALTER TABLE letters_letter_version ADD COLUMN restored_from INT;
