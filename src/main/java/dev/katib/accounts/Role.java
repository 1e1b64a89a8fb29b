package dev.katib.accounts;

/** A role a member holds in their organisation; a member may hold several. */
public enum Role {
	OWNER, ADMIN, WRITER, REVIEWER, SIGNER, VIEWER
}
