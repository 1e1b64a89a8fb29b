package dev.katib.accounts.members;

import org.springframework.http.HttpStatus;

import dev.katib.platform.ProblemType;

/** The kinds of error only the accounts module reports. */
public final class AccountProblems {

	public static final ProblemType PASSWORD_CHANGE_REQUIRED = new ProblemType("password-change-required",
			HttpStatus.FORBIDDEN, "Password change required");
	public static final ProblemType LAST_OWNER = new ProblemType("last-owner", HttpStatus.CONFLICT,
			"The organisation needs an owner");
	public static final ProblemType EMAIL_TAKEN = new ProblemType("email-taken", HttpStatus.CONFLICT,
			"E-mail address already in use");
	public static final ProblemType SIGNUP_DISABLED = new ProblemType("signup-disabled", HttpStatus.FORBIDDEN,
			"Sign-up is disabled");
	public static final ProblemType STALE = new ProblemType("stale", HttpStatus.CONFLICT,
			"Changed by someone else");

	public static final ProblemType LINK_INVALID = new ProblemType("link-invalid", HttpStatus.BAD_REQUEST,
			"Link not valid");

	private AccountProblems() {
	}
}
