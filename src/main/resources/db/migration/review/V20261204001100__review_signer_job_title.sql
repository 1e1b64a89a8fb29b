-- The signer's job title as printed under their name, in the letter's language, kept with the signature
-- (so that a later change of profile does not change what was signed).
ALTER TABLE review_signature ADD COLUMN signer_job_title TEXT;
