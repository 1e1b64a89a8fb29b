-- The writing knowledge is a module of its own: its tables carry its name. Letters keep referring to a
-- recipient of the directory by its id.
ALTER TABLE letters_category RENAME TO knowledge_category;
ALTER TABLE letters_style_rule RENAME TO knowledge_style_rule;
ALTER TABLE letters_reference_letter RENAME TO knowledge_reference_letter;
ALTER TABLE letters_recipient RENAME TO knowledge_recipient;
ALTER TABLE letters_writer_preference RENAME TO knowledge_writer_preference;
ALTER TABLE letters_introduction RENAME TO knowledge_introduction;

