-- The files that go with a letter; their bytes and text are kept by the archive (archive_file), this
-- table says which letter each belongs to and in what order they were added (position, under the
-- letter's row lock).
CREATE TABLE letters_attachment
(
  file_id      UUID PRIMARY KEY,
  tenant_id    UUID         NOT NULL,
  letter_id    UUID         NOT NULL REFERENCES letters_letter (id),
  filename     VARCHAR(255) NOT NULL,
  content_type VARCHAR(120) NOT NULL,
  size_bytes   BIGINT       NOT NULL,
  sha256       CHAR(64)     NOT NULL,
  added_by     UUID         NOT NULL,
  added_at     TIMESTAMPTZ  NOT NULL,
  position     INT          NOT NULL
);

CREATE UNIQUE INDEX letters_attachment_by_letter ON letters_attachment (tenant_id, letter_id, position);
