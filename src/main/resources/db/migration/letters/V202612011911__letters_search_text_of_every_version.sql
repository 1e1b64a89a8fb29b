-- A letter is found by its recipient and its current text, however its current version was made (drafted,
-- edited by hand or by chat, restored): each new version rewrites the letter's search text, normalised as
-- dev.katib.platform.ArabicText.normalizeForSearch does (NFKC, no diacritics or tatweel, one alef, yaa for
-- alef maqsura, haa for taa marbuta, Western digits, lower case).
CREATE FUNCTION letters_searchable(text) RETURNS text AS
$$
SELECT btrim(regexp_replace(lower(translate(
         regexp_replace(normalize(coalesce($1, ''), NFKC), '[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]', '', 'g'),
         'أإآٱىةؤئ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹', 'اااايهوي01234567890123456789')), '\s+', ' ', 'g'))
$$ LANGUAGE sql IMMUTABLE;

CREATE FUNCTION letters_version_searchable() RETURNS trigger AS
$$
BEGIN
  UPDATE letters_letter l
     SET search_text = letters_searchable(concat_ws(' ', l.recipient_name, l.recipient_job_title,
           l.recipient_organisation,
           (SELECT string_agg(part #>> '{}', ' ')
              FROM jsonb_path_query(NEW.content::jsonb, 'strict $.**') part
             WHERE jsonb_typeof(part) = 'string')))
   WHERE l.id = NEW.letter_id;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER letters_letter_version_searchable
  AFTER INSERT ON letters_letter_version
  FOR EACH ROW EXECUTE FUNCTION letters_version_searchable();
