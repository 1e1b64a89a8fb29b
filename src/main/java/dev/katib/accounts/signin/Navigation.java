package dev.katib.accounts.signin;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;

/**
 * What the page header offers the current visitor: sign-in, or their name, profile and sign-out,
 * and the administration pages their roles allow.
 */
@ControllerAdvice
class Navigation {

	private final Callers callers;
	Navigation(Callers callers) {
		this.callers = callers;
	}

	/** The entries of the header for one request. */
	record Entries(boolean signedIn, @Nullable String name, boolean members, boolean apiKeys, boolean outbox) {
	}

	@ModelAttribute("navigation")
	Entries navigation() {
		return callers.find()
			.map(caller -> new Entries(true, caller.name(), Permission.VIEW_MEMBERS.isGrantedTo(caller.roles()),
					Permission.MANAGE_API_KEYS.isGrantedTo(caller.roles()),
					Permission.READ_MAIL_OUTBOX.isGrantedTo(caller.roles())))
			.orElseGet(() -> new Entries(false, null, false, false, false));
	}
}
