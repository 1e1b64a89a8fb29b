-- A member's name and job title in Arabic and in English, so that a letter is signed in its own language.
-- The one name and job title kept so far go to the language of their script; an e-mail used as a name
-- goes nowhere (the member is asked for their names on their profile page).
ALTER TABLE accounts_user
  ADD COLUMN name_ar      VARCHAR(200),
  ADD COLUMN name_en      VARCHAR(200),
  ADD COLUMN job_title_ar VARCHAR(200),
  ADD COLUMN job_title_en VARCHAR(200);

UPDATE accounts_user SET name_ar = name WHERE name ~ '[\u0600-\u06FF]';
UPDATE accounts_user SET name_en = name WHERE name !~ '[\u0600-\u06FF]' AND position('@' IN name) = 0;
UPDATE accounts_user SET job_title_ar = job_title WHERE job_title ~ '[\u0600-\u06FF]';
UPDATE accounts_user SET job_title_en = job_title WHERE job_title IS NOT NULL AND job_title !~ '[\u0600-\u06FF]';

ALTER TABLE accounts_user DROP COLUMN job_title;
