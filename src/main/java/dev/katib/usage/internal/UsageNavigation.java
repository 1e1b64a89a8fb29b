package dev.katib.usage.internal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.katib.accounts.Callers;
import dev.katib.accounts.Permission;
import dev.katib.platform.Pages;

/** Offers the usage page in the page header to owners and admins. */
@ControllerAdvice(annotations = Pages.class)
class UsageNavigation {

	private final Callers callers;

	UsageNavigation(Callers callers) {
		this.callers = callers;
	}

	@ModelAttribute("usageLink")
	boolean usageLink() {
		return callers.find().map(caller -> Permission.MANAGE_ORGANISATION.isGrantedTo(caller.roles())).orElse(false);
	}
}
