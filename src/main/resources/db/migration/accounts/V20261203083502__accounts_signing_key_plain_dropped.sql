-- every private key is sealed now (V20261203083501); the plain copies go
ALTER TABLE accounts_signing_key DROP COLUMN private_key;
ALTER TABLE accounts_signing_key ALTER COLUMN private_key_sealed SET NOT NULL;
