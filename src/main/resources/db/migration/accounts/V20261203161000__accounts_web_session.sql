-- Spring Session JDBC's servlet sessions (its PostgreSQL schema, under the accounts prefix), so that a
-- restart or a second web process keeps people signed in. PRINCIPAL_NAME holds the id of the row in
-- accounts_browser_session, so ending that row can delete the servlet session too.
CREATE TABLE accounts_web_session (
	primary_id CHAR(36) NOT NULL,
	session_id CHAR(36) NOT NULL,
	creation_time BIGINT NOT NULL,
	last_access_time BIGINT NOT NULL,
	max_inactive_interval INT NOT NULL,
	expiry_time BIGINT NOT NULL,
	principal_name VARCHAR(100),
	CONSTRAINT accounts_web_session_pk PRIMARY KEY (primary_id)
);

CREATE UNIQUE INDEX accounts_web_session_ix1 ON accounts_web_session (session_id);
CREATE INDEX accounts_web_session_ix2 ON accounts_web_session (expiry_time);
CREATE INDEX accounts_web_session_ix3 ON accounts_web_session (principal_name);

CREATE TABLE accounts_web_session_attributes (
	session_primary_id CHAR(36) NOT NULL,
	attribute_name VARCHAR(200) NOT NULL,
	attribute_bytes BYTEA NOT NULL,
	CONSTRAINT accounts_web_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
	CONSTRAINT accounts_web_session_attributes_fk FOREIGN KEY (session_primary_id)
		REFERENCES accounts_web_session (primary_id) ON DELETE CASCADE
);
