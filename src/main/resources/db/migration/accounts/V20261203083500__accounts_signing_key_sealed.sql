-- signing keys are sealed by the platform's secret box; V20261203083501 seals the keys stored
-- before, V20261203083502 then drops the plain column
ALTER TABLE accounts_signing_key ADD COLUMN private_key_sealed BYTEA;
