-- A recipient's honorific is one of the codes the application knows.
ALTER TABLE letters_recipient
  ADD CONSTRAINT letters_recipient_known_honorific
    CHECK (honorific IN ('royal-highness', 'highness', 'maali', 'saada', 'sheikh', 'doctor', 'engineer', 'mister',
                         'messrs'));
