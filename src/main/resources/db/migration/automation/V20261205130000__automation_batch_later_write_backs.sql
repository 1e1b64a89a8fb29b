-- A letter that changes after its row was written back (submitted, approved, signed, numbered...) is written back
-- again. write_back_again: the letter changed while a request carrying its row was under way, so the row is due
-- again once that request is done. write_back_next_at: while SENDING, when the request is deemed abandoned (a
-- process stopped mid-request); while FAILED, when it may be tried again (backoff).
ALTER TABLE automation_batch_row
    ADD COLUMN write_back_again   boolean NOT NULL DEFAULT false,
    ADD COLUMN write_back_next_at timestamptz;
CREATE INDEX automation_batch_row_letter ON automation_batch_row (letter_id)
    WHERE letter_id IS NOT NULL AND write_back IS NOT NULL;
