package dev.katib.accounts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import dev.katib.platform.KatibException;
import dev.katib.platform.ProblemType;

import static dev.katib.accounts.Role.ADMIN;
import static dev.katib.accounts.Role.OWNER;
import static dev.katib.accounts.Role.REVIEWER;
import static dev.katib.accounts.Role.SIGNER;
import static dev.katib.accounts.Role.VIEWER;
import static dev.katib.accounts.Role.WRITER;

/**
 * Something a member may do, and the roles that grant it: the one place that maps roles to
 * permissions. Services check permissions through {@link AccessPolicy}, never roles directly.
 */
public enum Permission {

	/** List members and their roles. */
	VIEW_MEMBERS(OWNER, ADMIN),
	/** Invite, create, disable, enable and unlock members, and change their roles except OWNER. */
	MANAGE_MEMBERS(OWNER, ADMIN),
	/** Give or take the OWNER role. */
	MANAGE_OWNERS(OWNER),
	/** Create, list and revoke API keys. */
	MANAGE_API_KEYS(OWNER, ADMIN),
	/** Read the messages kept in the local mail outbox. */
	READ_MAIL_OUTBOX(OWNER, ADMIN),
	/** Read and verify the audit trail. */
	VIEW_AUDIT(OWNER, ADMIN),
	/** See operational data: module structure, metrics. */
	VIEW_OPERATIONS(OWNER, ADMIN),
	/** Change the organisation's settings. */
	MANAGE_ORGANISATION(OWNER, ADMIN),
	/** Read the organisation's letters. */
	READ_LETTERS(OWNER, ADMIN, WRITER, REVIEWER, SIGNER, VIEWER),
	/** Draft letters and edit one's own. */
	WRITE_LETTERS(OWNER, ADMIN, WRITER),
	/** Review letters and approve or return them. */
	REVIEW_LETTERS(OWNER, ADMIN, REVIEWER),
	/** Sign approved letters. */
	SIGN_LETTERS(OWNER, ADMIN, SIGNER),
	/**
	 * Do everything in the life of any member's letter: edit it, approve it (their own included), sign, send,
	 * cancel and archive it. Owners and administrators run the office's letters; a writer may approve their own
	 * letter only where the organisation allows it.
	 */
	MANAGE_LETTERS(OWNER, ADMIN),
	/** Connect and remove data sources, and map their tables to letter fields. */
	MANAGE_SOURCES(OWNER, ADMIN),
	/** Read the records of the organisation's data sources, edit them and import rows into them. */
	USE_SOURCES(OWNER, ADMIN, WRITER);

	private final Set<Role> grantedTo;

	Permission(Role first, Role... more) {
		this.grantedTo = Set.copyOf(EnumSet.of(first, more));
	}

	/** The roles that grant this permission. */
	public Set<Role> roles() {
		return grantedTo;
	}

	/**
	 * The caller, if their roles grant this permission: the check every service makes before it acts.
	 *
	 * @throws KatibException {@code forbidden} otherwise
	 */
	public Caller require(Caller caller) {
		if (!isGrantedTo(caller.roles())) {
			throw new KatibException(ProblemType.FORBIDDEN, "Your roles do not allow this.",
					Map.of("permission", name()));
		}
		return caller;
	}

	/** Whether the caller's roles grant this permission. */
	public boolean isGrantedTo(Caller caller) {
		return isGrantedTo(caller.roles());
	}

	/** Whether any of these roles grants this permission. */
	public boolean isGrantedTo(Set<Role> roles) {
		return roles.stream().anyMatch(grantedTo::contains);
	}
}
