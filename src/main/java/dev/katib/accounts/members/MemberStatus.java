package dev.katib.accounts.members;

/** Where a member stands: invited and not yet joined, active, or disabled by an administrator. */
public enum MemberStatus {
	INVITED, ACTIVE, DISABLED
}
