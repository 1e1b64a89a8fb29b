-- Letters: the review and signature workflow, numbering, signer profiles, comments and notifications.
-- Every row belongs to one organisation (tenant_id) and every query filters by it.

-- How an organisation runs its workflow; an organisation without a row uses the defaults of the code.
CREATE TABLE letters_workflow_settings
(
  tenant_id              UUID PRIMARY KEY,
  writers_approve_own    BOOLEAN     NOT NULL,
  numbering_at           TEXT        NOT NULL CHECK (numbering_at IN ('APPROVAL', 'SIGNING')),
  number_prefix          TEXT        NOT NULL CHECK (length(number_prefix) <= 20),
  number_calendar        TEXT        NOT NULL CHECK (number_calendar IN ('HIJRI', 'GREGORIAN')),
  number_width           INT         NOT NULL CHECK (number_width BETWEEN 1 AND 12),
  sign_requires_password BOOLEAN     NOT NULL,
  updated_at             TIMESTAMPTZ NOT NULL
);

-- Categories whose letters go straight from DRAFT to APPROVED when submitted.
CREATE TABLE letters_review_optional
(
  tenant_id    UUID NOT NULL,
  category_key TEXT NOT NULL,
  PRIMARY KEY (tenant_id, category_key)
);

-- The last number issued per organisation, calendar and year; taken with a row lock in the transaction
-- that issues the next one, so numbers have no gaps and no duplicates.
CREATE TABLE letters_number_counter
(
  tenant_id  UUID   NOT NULL,
  calendar   TEXT   NOT NULL CHECK (calendar IN ('HIJRI', 'GREGORIAN')),
  year       INT    NOT NULL,
  last_value BIGINT NOT NULL CHECK (last_value >= 1),
  PRIMARY KEY (tenant_id, calendar, year)
);

-- A letter's number and official date, once issued; never reissued, even if the letter is cancelled.
CREATE TABLE letters_issued_number
(
  letter_id  UUID PRIMARY KEY REFERENCES letters_letter (id),
  tenant_id  UUID        NOT NULL,
  number     TEXT        NOT NULL,
  issued_on  DATE        NOT NULL,
  calendar   TEXT        NOT NULL,
  year       INT         NOT NULL,
  sequence   BIGINT      NOT NULL,
  issued_at  TIMESTAMPTZ NOT NULL,
  UNIQUE (tenant_id, number),
  UNIQUE (tenant_id, calendar, year, sequence)
);

-- Every transition a letter went through: who, when, from where, on which version, and why.
CREATE TABLE letters_transition
(
  id             UUID PRIMARY KEY,
  tenant_id      UUID        NOT NULL,
  letter_id      UUID        NOT NULL REFERENCES letters_letter (id),
  from_status    TEXT        NOT NULL,
  to_status      TEXT        NOT NULL,
  actor_id       UUID        NOT NULL,
  actor_name     TEXT        NOT NULL,
  version_number INT         NOT NULL,
  comment        TEXT CHECK (length(comment) <= 2000),
  source_address TEXT,
  at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX letters_transition_by_letter ON letters_transition (tenant_id, letter_id, at);

-- A signer's profile images: a signature and an optional stamp, validated images.
CREATE TABLE letters_signer_profile
(
  tenant_id       UUID        NOT NULL,
  user_id         UUID        NOT NULL,
  signature       BYTEA,
  signature_type  TEXT,
  stamp           BYTEA,
  stamp_type      TEXT,
  updated_at      TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (tenant_id, user_id)
);

-- The signature on a letter, with the images as they were when it was signed.
CREATE TABLE letters_signature
(
  letter_id      UUID PRIMARY KEY REFERENCES letters_letter (id),
  tenant_id      UUID        NOT NULL,
  signer_id      UUID        NOT NULL,
  signer_name    TEXT        NOT NULL,
  signed_at      TIMESTAMPTZ NOT NULL,
  source_address TEXT,
  version_number INT         NOT NULL,
  image          BYTEA,
  stamp          BYTEA
);

-- Comments on a version of a letter.
CREATE TABLE letters_comment
(
  id             UUID PRIMARY KEY,
  tenant_id      UUID        NOT NULL,
  letter_id      UUID        NOT NULL REFERENCES letters_letter (id),
  version_number INT         NOT NULL CHECK (version_number >= 1),
  author_id      UUID        NOT NULL,
  author_name    TEXT        NOT NULL,
  text           TEXT        NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  created_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX letters_comment_by_letter ON letters_comment (tenant_id, letter_id, created_at);

-- In-app notifications of one member.
CREATE TABLE letters_notification
(
  id           UUID PRIMARY KEY,
  tenant_id    UUID        NOT NULL,
  recipient_id UUID        NOT NULL,
  letter_id    UUID        NOT NULL REFERENCES letters_letter (id),
  kind         TEXT        NOT NULL CHECK (kind IN ('SUBMITTED', 'RETURNED', 'APPROVED', 'AWAITING_SIGNATURE', 'SIGNED')),
  actor_name   TEXT        NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL,
  read_at      TIMESTAMPTZ
);
CREATE INDEX letters_notification_by_recipient ON letters_notification (tenant_id, recipient_id, created_at DESC);

-- Once approved, a letter's content is frozen: no version may be added to it any more.
CREATE FUNCTION letters_version_of_open_letter() RETURNS trigger AS
$$
DECLARE
  current_status TEXT;
BEGIN
  SELECT status INTO current_status FROM letters_letter WHERE id = NEW.letter_id;
  IF current_status IN ('APPROVED', 'SIGNED', 'SENT', 'ARCHIVED') THEN
    RAISE EXCEPTION 'letter % is %: its content is frozen', NEW.letter_id, current_status
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER letters_letter_version_frozen
  BEFORE INSERT ON letters_letter_version
  FOR EACH ROW EXECUTE FUNCTION letters_version_of_open_letter();
