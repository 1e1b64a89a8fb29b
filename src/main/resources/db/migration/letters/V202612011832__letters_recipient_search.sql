-- The recipients directory is searched by name, job title and organisation as the application normalises
-- Arabic (see ArabicText): search_text holds those fields normalised, written by the application.
ALTER TABLE letters_recipient
  ADD COLUMN search_text TEXT NOT NULL DEFAULT '',
  ADD COLUMN updated_at  TIMESTAMPTZ;

-- Rows written before this column existed: the same folding in SQL (diacritics and tatweel removed,
-- alef forms, alef maqsura, taa marbuta, waw and yaa with hamza folded, Latin lower-cased).
UPDATE letters_recipient
SET search_text = translate(
        regexp_replace(lower(concat_ws(' ', name, job_title, organisation)),
                       '[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]', '', 'g'),
        'أإآٱىةؤئ', 'اااايهوي');

CREATE INDEX letters_recipient_by_tenant_and_name ON letters_recipient (tenant_id, search_text);

-- Limits on what an administrator may type, as the application checks them.
ALTER TABLE letters_recipient
  ADD CONSTRAINT letters_recipient_contact_lengths
    CHECK (length(email) <= 254 AND length(phone) <= 32);
