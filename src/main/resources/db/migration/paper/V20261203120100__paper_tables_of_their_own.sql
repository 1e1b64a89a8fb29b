-- Letters on paper are a module of their own: its table carries its name.
ALTER TABLE letters_archived_paper RENAME TO paper_archived_letter;
