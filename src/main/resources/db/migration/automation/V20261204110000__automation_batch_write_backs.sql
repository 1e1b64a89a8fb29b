-- What a run writes back into the fields of each source record: the letter's number, status and link, each into
-- the field the writer picked (none when not picked).
CREATE TABLE automation_batch_write_back (
    run_id       uuid PRIMARY KEY REFERENCES automation_batch_run (id) ON DELETE CASCADE,
    tenant_id    uuid NOT NULL,
    number_field text CHECK (length(number_field) <= 200),
    status_field text CHECK (length(status_field) <= 200),
    link_field   text CHECK (length(link_field) <= 200),
    CHECK (number_field IS NOT NULL OR status_field IS NOT NULL OR link_field IS NOT NULL)
);

-- Where each row's write-back stands: PENDING until its letter is drafted (and submitted) and written back,
-- SENDING while a request carrying it is under way (a crash leaves it so, and the record is read before it is
-- written again), WRITTEN once, FAILED with its problem (tried again); NULL for a run that writes nothing back.
ALTER TABLE automation_batch_row
    ADD COLUMN write_back          text CHECK (write_back IN ('PENDING', 'SENDING', 'WRITTEN', 'FAILED')),
    ADD COLUMN write_back_problem  jsonb,
    ADD COLUMN write_back_attempts integer NOT NULL DEFAULT 0,
    ADD COLUMN written_back_at     timestamptz;
CREATE INDEX automation_batch_row_write_back ON automation_batch_row (run_id, position)
    WHERE write_back IN ('PENDING', 'SENDING', 'FAILED');
