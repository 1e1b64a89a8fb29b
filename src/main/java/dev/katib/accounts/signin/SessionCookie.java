package dev.katib.accounts.signin;

/** The browser session cookie; its flags are set in application.yml ({@code server.servlet.session.cookie}). */
final class SessionCookie {

	static final String NAME = "KATIB_SESSION";

	private SessionCookie() {
	}
}
