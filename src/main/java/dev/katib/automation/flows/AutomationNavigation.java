package dev.katib.automation.flows;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import dev.katib.accounts.AccessPolicy;
import dev.katib.accounts.Permission;
import dev.katib.platform.Pages;

/** Offers automations in the page header to those who may read their records: owners, administrators and writers. */
@ControllerAdvice(annotations = Pages.class)
class AutomationNavigation {

	private final AccessPolicy access;

	AutomationNavigation(AccessPolicy access) {
		this.access = access;
	}

	@ModelAttribute("automationsLink")
	boolean automationsLink() {
		return access.allows(Permission.USE_SOURCES);
	}
}
